import { z } from "zod";
import type { PepStatus, PepType } from "@/lib/generated/prisma/enums";

/**
 * Reads the PEP index's JSON (https://peps.python.org/api/peps.json): one
 * object keyed by PEP number, each value the header metadata of one PEP.
 * Multi-value fields are comma-separated strings, dates are DD-MMM-YYYY, and
 * absent headers are null.
 */

export const pepStatuses = ["Accepted", "Active", "Deferred", "Draft", "Final", "Provisional", "Rejected", "Superseded", "Withdrawn"] as const satisfies readonly PepStatus[];
export const pepTypes = { "Standards Track": "StandardsTrack", Informational: "Informational", Process: "Process" } as const satisfies Record<string, PepType>;

export class PepIndexError extends Error {
  override name = "PepIndexError";
}

const nullableText = z.string().nullable().optional().transform((value) => (value?.trim() ? value.trim() : null));

const entrySchema = z.object({
  number: z.number({ message: "number is missing or not a number" }).int().min(0),
  title: z.string({ message: "title is missing" }).trim().min(1, { message: "title is empty" }),
  authors: z.string().nullable().optional(),
  author_names: z.array(z.string()).nullable().optional(),
  status: z.enum(pepStatuses, { message: "unknown status" }),
  type: z.enum(Object.keys(pepTypes) as [keyof typeof pepTypes], { message: "unknown type" }),
  topic: z.string().nullable().optional(),
  created: z.string().nullable().optional(),
  python_version: z.string().nullable().optional(),
  discussions_to: nullableText,
  post_history: nullableText,
  resolution: nullableText,
  requires: z.union([z.string(), z.number()]).nullable().optional(),
  replaces: z.union([z.string(), z.number()]).nullable().optional(),
  superseded_by: z.union([z.string(), z.number()]).nullable().optional(),
  url: z.string().nullable().optional(),
});

/** One PEP as the hub stores it. */
export interface PepRecord {
  number: number;
  title: string;
  authors: string;
  authorNames: string[];
  status: PepStatus;
  type: PepType;
  topics: string[];
  createdOn: Date | null;
  pythonVersions: string[];
  discussionsTo: string | null;
  postHistory: string | null;
  resolution: string | null;
  requires: number[];
  replaces: number[];
  supersededBy: number[];
  url: string;
}

export interface PepIndexProblem {
  /** The PEP number, or the entry's key when the number itself is missing. */
  pep: string;
  reason: string;
}

export interface ParsedPepIndex {
  peps: PepRecord[];
  problems: PepIndexProblem[];
}

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "09-Jan-2023" → that day at 00:00 UTC; anything else → null. */
export function parsePepDate(value: string | null | undefined): Date | null {
  const match = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})$/.exec(value?.trim() ?? "");
  if (!match) return null;
  const month = months.indexOf(match[2]!.slice(0, 1).toUpperCase() + match[2]!.slice(1).toLowerCase());
  if (month < 0) return null;
  const date = new Date(Date.UTC(Number(match[3]), month, Number(match[1])));
  return date.getUTCDate() === Number(match[1]) ? date : null;
}

const splitList = (value: string | null | undefined) =>
  (value ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);

const pepNumbers = (value: string | number | null | undefined) =>
  typeof value === "number"
    ? [value]
    : splitList(value)
        .map((part) => Number.parseInt(part, 10))
        .filter((number) => Number.isInteger(number) && number >= 0);

/**
 * Parses the index. A file that is not a JSON object of entries throws
 * PepIndexError (nothing may be imported from it); entries that do not fit are
 * reported as problems, by number, and left out.
 */
export function parsePepIndex(text: string): ParsedPepIndex {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new PepIndexError(`The PEP index is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new PepIndexError("The PEP index must be a JSON object keyed by PEP number.");
  }
  const entries = Object.entries(data as Record<string, unknown>);
  if (entries.length === 0) throw new PepIndexError("The PEP index holds no PEPs.");

  const peps: PepRecord[] = [];
  const problems: PepIndexProblem[] = [];
  const seen = new Set<number>();
  for (const [key, value] of entries) {
    const result = entrySchema.safeParse(value);
    if (!result.success) {
      const number = (value as { number?: unknown } | null)?.number;
      problems.push({
        pep: typeof number === "number" ? String(number) : key,
        reason: result.error.issues.map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message)).join("; "),
      });
      continue;
    }
    const entry = result.data;
    if (String(entry.number) !== key.replace(/^0+(?=\d)/, "")) {
      problems.push({ pep: key, reason: `is keyed "${key}" but says it is PEP ${entry.number}` });
      continue;
    }
    if (seen.has(entry.number)) {
      problems.push({ pep: String(entry.number), reason: "appears twice" });
      continue;
    }
    seen.add(entry.number);
    peps.push({
      number: entry.number,
      title: entry.title,
      authors: entry.authors?.trim() || (entry.author_names ?? []).join(", "),
      authorNames: entry.author_names ?? splitList(entry.authors),
      status: entry.status,
      type: pepTypes[entry.type],
      topics: splitList(entry.topic).map((topic) => topic.toLowerCase()),
      createdOn: parsePepDate(entry.created),
      pythonVersions: splitList(entry.python_version),
      discussionsTo: entry.discussions_to,
      postHistory: entry.post_history,
      resolution: entry.resolution,
      requires: pepNumbers(entry.requires),
      replaces: pepNumbers(entry.replaces),
      supersededBy: pepNumbers(entry.superseded_by),
      url: entry.url?.trim() || `https://peps.python.org/pep-${String(entry.number).padStart(4, "0")}/`,
    });
  }
  return { peps: peps.sort((a, b) => a.number - b.number), problems };
}
