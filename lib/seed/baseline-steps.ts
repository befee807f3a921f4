import { readFile } from "node:fs/promises";
import { db } from "@/lib/db";
import { createStartingCharter } from "@/lib/charter/starting-charter";
import { createStartingGlossary } from "@/lib/glossary/create-starting-glossary";
import { areaDefinitions } from "@/lib/seed/area-definitions";
import type { SeedStep } from "@/lib/seed/run-seed-steps";
import { parsePepIndex } from "@/lib/peps/pep-index";
import { createInitialAssessments } from "@/lib/peps/records";
import { syncPeps } from "@/lib/peps/sync-peps";
import { projectPath } from "@/lib/paths";

/**
 * Data every deployment starts with, demo or not: the shared taxonomy of areas,
 * the PEP index as shipped, and the working group's starting list of
 * HPC-relevant PEPs with their areas.
 */
export const baselineSteps: SeedStep[] = [
  {
    id: "baseline:areas",
    description: "Adding the areas of the shared taxonomy",
    async run() {
      for (const [index, area] of areaDefinitions.entries()) {
        await db.area.upsert({ where: { slug: area.slug }, create: { ...area, sortOrder: index }, update: {} });
      }
    },
  },
  {
    id: "baseline:charter",
    description: "Writing the starting charter (the chairs adapt it)",
    async run() {
      const areas = await db.area.findMany({ select: { slug: true } });
      await db.$transaction((tx) =>
        createStartingCharter(
          tx,
          areas.map((area) => area.slug),
        ),
      );
    },
  },
  {
    id: "baseline:pep-index",
    description: "Importing the PEP index snapshot shipped in data/peps.json",
    async run() {
      if ((await db.pep.count()) > 0) return;
      const index = parsePepIndex(await readFile(projectPath("data", "peps.json"), "utf8"));
      await syncPeps({ index, source: "the snapshot shipped in data/peps.json", usedSnapshot: true, trigger: "first start" });
    },
  },
  {
    id: "baseline:hpc-peps",
    description: "Marking the working group's HPC-relevant PEPs with their areas",
    async run() {
      const list = JSON.parse(await readFile(projectPath("data", "hpc-peps.json"), "utf8")) as { number: number; areas: string[] }[];
      const known = new Set((await db.pep.findMany({ select: { number: true }, where: { number: { in: list.map((item) => item.number) } } })).map((pep) => pep.number));
      const relevant = list.filter((item) => known.has(item.number));
      await db.$transaction([
        db.pep.updateMany({ where: { number: { in: relevant.map((item) => item.number) } }, data: { isHpcRelevant: true } }),
        db.pepArea.createMany({
          data: relevant.flatMap((item) => item.areas.map((areaSlug) => ({ pepNumber: item.number, areaSlug }))),
          skipDuplicates: true,
        }),
      ]);
    },
  },
  {
    id: "baseline:assessments",
    description: "Opening an assessment for every HPC-relevant PEP",
    async run() {
      const relevant = await db.pep.findMany({
        where: { isHpcRelevant: true, assessment: null },
        select: { number: true, areas: { select: { areaSlug: true } } },
      });
      await db.$transaction((tx) =>
        createInitialAssessments(
          tx,
          relevant.map((pep) => ({ pepNumber: pep.number, areas: pep.areas.map((area) => area.areaSlug), editorId: null })),
        ),
      );
    },
  },
  {
    id: "baseline:glossary",
    description: "Writing the starting HPC ↔ Python glossary",
    async run() {
      await db.$transaction((tx) => createStartingGlossary(tx), { timeout: 60_000 });
    },
  },
];
