import type { GlossaryIndexTerm } from "@/lib/glossary/glossary-index";

/**
 * A sense's note is one line of plain text in which backticks mark code
 * ("a package you load with `module load`"), not Markdown: these split it so
 * the popover shows the code as code, and screen readers get it as words.
 */

export interface SenseNotePart {
  text: string;
  isCode: boolean;
}

/** "load with `module load` first" → text, code, text. An unclosed backtick stays as written. */
export function senseNoteParts(note: string): SenseNotePart[] {
  const parts: SenseNotePart[] = [];
  let last = 0;
  for (const match of note.matchAll(/`([^`]+)`/g)) {
    if (match.index > last) parts.push({ text: note.slice(last, match.index), isCode: false });
    parts.push({ text: match[1]!, isCode: true });
    last = match.index + match[0].length;
  }
  if (last < note.length) parts.push({ text: note.slice(last), isCode: false });
  return parts;
}

/** What a screen reader says of a marked term: "Glossary term: HPC: a software package you load with module load; Python: a .py file." */
export function describeGlossaryTerm(term: Pick<GlossaryIndexTerm, "senses">): string {
  const senses = term.senses.map(
    (sense) =>
      `${sense.community}: ${senseNoteParts(sense.note.trim().replace(/\.$/, ""))
        .map((part) => part.text)
        .join("")}`,
  );
  return `Glossary term: ${senses.join("; ")}.`;
}
