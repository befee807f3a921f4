import { parsePepNumber } from "@/lib/peps/schemas";

/**
 * What a 404 page says: the tab title and heading name what was not found
 * ("PEP 99999 not found"), a sentence explains, and a link leads to the list
 * it would have been in. Shared by app/not-found.tsx and the pages' metadata,
 * so the title is the same whichever of them Next.js renders it from.
 */
export interface MissingPage {
  title: string;
  text: string;
  list: { href: string; label: string };
}

const MAX_SHOWN = 60;

/** A URL segment as a person would read it, and short enough for a title. */
export function readableSegment(raw: string) {
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    // Not valid percent-encoding: show it as it came.
  }
  // Control characters and line breaks never reach a title or a heading.
  text = text.replace(/[\p{Cc}\p{Cf}]/gu, "").trim();
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/** "Area “nope”", or just "Area" when nothing readable is left of what was asked for (a segment of control characters). */
const named = (noun: string, shown: string) => (shown ? `${noun} “${shown}”` : noun);

const pepList = { href: "/peps?scope=all", label: "Browse all PEPs" };

export function missingPep(raw: string): MissingPage {
  const number = parsePepNumber(raw);
  if (number === null) {
    const shown = readableSegment(raw);
    return { title: `${named("PEP", shown)} not found`, text: shown ? `PEP numbers are whole numbers, like 703; “${shown}” is not one.` : "PEP numbers are whole numbers, like 703.", list: pepList };
  }
  return { title: `PEP ${number} not found`, text: `The PEP index has no PEP ${number}. PEP numbers are whole numbers, like 703; the tracker lists every one.`, list: pepList };
}

/** Part of an existing PEP's assessment that is not there (no assessment, no history, no such version). */
export function missingAssessmentPart(number: number, title: string, part: { kind: "assessment" } | { kind: "history" } | { kind: "version"; version: string }): MissingPage {
  const back = { href: `/peps/${number}`, label: `Back to PEP ${number}` };
  switch (part.kind) {
    case "assessment":
      return { title: `Assessment of PEP ${number} not found`, text: `PEP ${number} (${title}) has no assessment: the working group has not marked it HPC-relevant.`, list: back };
    case "history":
      return { title: `Assessment history of PEP ${number} not found`, text: `PEP ${number} (${title}) has no saved assessment yet, so it has no history.`, list: back };
    case "version": {
      const version = readableSegment(part.version);
      return {
        title: `Version ${version} of the assessment of PEP ${number} not found`,
        text: `The assessment of PEP ${number} (${title}) has no version ${version}.`,
        list: { href: `/peps/${number}/assessment/history`, label: "See the assessment history" },
      };
    }
  }
}

export function missingArea(raw: string): MissingPage {
  const shown = readableSegment(raw);
  return { title: `${named("Area", shown)} not found`, text: `The hub has no ${shown ? `area called “${shown}”` : "such area"}. Every area is listed on the areas page.`, list: { href: "/areas", label: "See all areas" } };
}

export function missingPainPoint(raw: string): MissingPage {
  const list = { href: "/pain-points", label: "Browse pain points" };
  if (!/^\d{1,9}$/.test(raw)) {
    const shown = readableSegment(raw);
    return { title: `${named("Pain point", shown)} not found`, text: shown ? `Pain points are numbered, like #12; “${shown}” is not a number.` : "Pain points are numbered, like #12.", list };
  }
  const id = Number(raw);
  return { title: `Pain point #${id} not found`, text: `There is no pain point #${id} that you can read: it was never reported, or it was removed.`, list };
}

export function missingSession(raw: string): MissingPage {
  const shown = readableSegment(raw);
  return {
    title: `${named("Session", shown)} not found`,
    text: `There is no ${shown ? `session “${shown}”` : "such session"} that you can see. Sessions for members only show once a member signs in.`,
    list: { href: "/sessions", label: "See all sessions" },
  };
}

export function missingMember(): MissingPage {
  return {
    title: "Member not found",
    text: "There is no member here that you can see. Members choose whether they are listed publicly; those who did are in the directory.",
    list: { href: "/members", label: "See the member directory" },
  };
}

export function missingAddress(pathname: string): MissingPage {
  return {
    title: "Page not found",
    text: `There is nothing at ${readableSegment(pathname)}. It may have moved, or the link may have a typo.`,
    list: { href: "/", label: "Go to the overview" },
  };
}

export type MissingPageLookup =
  | { kind: "ready"; page: MissingPage }
  /** A part of an existing PEP's page: what to say depends on whether the PEP exists. */
  | { kind: "pep-part"; number: number; part: Parameters<typeof missingAssessmentPart>[2] };

/** What a 404 at this path is about, from the routes that call notFound(); anything else is an unknown address. */
export function describeMissingPath(pathname: string): MissingPageLookup {
  const segments = pathname.split("?")[0]!.split("/").filter(Boolean);
  const [section, key, ...rest] = segments;
  const ready = (page: MissingPage): MissingPageLookup => ({ kind: "ready", page });
  if (key === undefined) return ready(missingAddress(pathname));
  const tail = rest.join("/");
  switch (section) {
    case "peps": {
      if (tail === "") return ready(missingPep(key));
      const number = parsePepNumber(key);
      if (number === null) return ready(missingPep(key));
      if (tail === "assessment/edit") return { kind: "pep-part", number, part: { kind: "assessment" } };
      if (tail === "assessment/history") return { kind: "pep-part", number, part: { kind: "history" } };
      if (rest.length === 3 && tail.startsWith("assessment/history/")) return { kind: "pep-part", number, part: { kind: "version", version: rest[2]! } };
      break;
    }
    case "areas":
      if (tail === "") return ready(missingArea(key));
      break;
    case "pain-points":
      if (tail === "" || tail === "edit") return ready(missingPainPoint(key));
      break;
    case "members":
      if (tail === "" && !["join", "requests"].includes(key)) return ready(missingMember());
      break;
    case "sessions":
      if (["", "edit", "notes", "notes/revisions", "speaker"].includes(tail)) return ready(missingSession(key));
      break;
  }
  return ready(missingAddress(pathname));
}
