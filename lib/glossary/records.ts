import { bumpDataVersion } from "@/lib/cache/data-version";
import type { Database, DatabaseTransaction } from "@/lib/db";
import { AppError, conflictError, invalidFields } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { GlossaryCommunity } from "@/lib/generated/prisma/enums";
import { labelledSenses, sameWord, type CommunityKind, type GlossaryLink, type GlossaryTermContent, type LabelledSense } from "@/lib/glossary/glossary-content";
import { termContentSchema } from "@/lib/glossary/schemas";

type Client = Database | DatabaseTransaction;

const toStored: Record<CommunityKind, GlossaryCommunity> = { hpc: "HPC", python: "PYTHON", both: "BOTH" };
const fromStored: Record<GlossaryCommunity, CommunityKind> = { HPC: "hpc", PYTHON: "python", BOTH: "both" };
export const storedCommunity = (kind: CommunityKind) => toStored[kind];

export const termRecordSelect = {
  id: true,
  slug: true,
  term: true,
  aliases: true,
  related: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  senses: { orderBy: { position: "asc" }, select: { community: true, subCommunity: true, note: true, definition: true, example: true, links: true } },
  areas: { orderBy: { areaSlug: "asc" }, select: { areaSlug: true } },
} satisfies Prisma.GlossaryTermSelect;

export type TermRecord = Prisma.GlossaryTermGetPayload<{ select: typeof termRecordSelect }>;

/** A stored term as content: the shape proposals, revisions, the API and the export share. */
export function termContentOf(record: TermRecord): GlossaryTermContent {
  return {
    term: record.term,
    aliases: record.aliases,
    areas: record.areas.map((area) => area.areaSlug),
    related: record.related,
    senses: record.senses.map((sense) => ({
      community: fromStored[sense.community],
      ...(sense.subCommunity ? { subCommunity: sense.subCommunity } : {}),
      note: sense.note,
      definition: sense.definition,
      example: sense.example,
      links: sense.links as unknown as GlossaryLink[],
    })),
  };
}

/** Content read back from a proposal or revision (JSON the hub wrote after validating it; checked again rather than trusted). */
export function storedContent(value: Prisma.JsonValue): GlossaryTermContent {
  const parsed = termContentSchema.safeParse(value);
  if (!parsed.success) throw new Error(`A stored glossary entry could not be read: ${parsed.error.message}`);
  return parsed.data;
}

export const termNotFound = () => new AppError("NOT_FOUND", "There is no such term in the glossary.");
export const proposalNotFound = () => new AppError("NOT_FOUND", "There is no such proposal.");

export function readTerm(client: Client, slug: string): Promise<TermRecord | null> {
  return client.glossaryTerm.findUnique({ where: { slug }, select: termRecordSelect });
}

/**
 * Every glossary write takes this lock first: whether a word is already
 * some term's headword or alias is a question over all terms, so two people
 * adding "module" at once must not both be told it is free.
 */
async function lockGlossaryWords(tx: DatabaseTransaction) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('glossary:words'))`;
}

/** The term to change, locked, after the glossary's own lock (one order everywhere). */
export async function lockTerm(tx: DatabaseTransaction, slug: string): Promise<TermRecord> {
  await lockGlossaryWords(tx);
  const [row] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "GlossaryTerm" WHERE slug = ${slug} FOR UPDATE`;
  if (!row) throw termNotFound();
  return (await readTerm(tx, slug))!;
}

export { lockGlossaryWords };

export const proposalSelect = {
  id: true,
  kind: true,
  termId: true,
  baseVersion: true,
  content: true,
  reason: true,
  status: true,
  proposedById: true,
  decidedAt: true,
  declineReason: true,
  createdAt: true,
  term: { select: { slug: true, term: true, version: true } },
  proposedBy: { select: { id: true, name: true } },
  decidedBy: { select: { name: true } },
} satisfies Prisma.GlossaryProposalSelect;
export type ProposalRecord = Prisma.GlossaryProposalGetPayload<{ select: typeof proposalSelect }>;

export async function lockProposal(tx: DatabaseTransaction, id: number): Promise<ProposalRecord> {
  await lockGlossaryWords(tx);
  const [row] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "GlossaryProposal" WHERE id = ${id} FOR UPDATE`;
  if (!row) throw proposalNotFound();
  return (await tx.glossaryProposal.findUnique({ where: { id }, select: proposalSelect }))!;
}

export const proposalDecided = (proposal: Pick<ProposalRecord, "status" | "decidedBy">) =>
  new AppError(
    "CONFLICT",
    proposal.status === "WITHDRAWN" ? "The proposer withdrew this proposal." : `This proposal was already ${proposal.status === "APPROVED" ? "approved" : "declined"}${proposal.decidedBy?.name ? ` by ${proposal.decidedBy.name}` : ""}.`,
  );

/**
 * Refuses content that cannot be stored as it is: a headword or alias another
 * term already uses (the same word would have two entries), areas that do not
 * exist, related terms that do not exist. Each refusal names its field.
 */
export async function checkTermContent(tx: DatabaseTransaction, content: GlossaryTermContent, { exceptTermId, ownSlug }: { exceptTermId?: number; ownSlug?: string } = {}) {
  const words = [content.term, ...content.aliases].map(sameWord);
  const others = await tx.glossaryTerm.findMany({ where: exceptTermId ? { id: { not: exceptTermId } } : {}, select: { slug: true, term: true, aliases: true } });
  const errors: Record<string, string[]> = {};
  for (const other of others) {
    const theirs = [other.term, ...other.aliases].map(sameWord);
    if (theirs.includes(sameWord(content.term))) errors.term = [`“${other.term}” is already in the glossary (/glossary/${other.slug}): suggest an edit or a new sense there instead.`];
    const clash = content.aliases.find((alias) => theirs.includes(sameWord(alias)));
    if (clash) errors.aliases = [`“${clash}” already stands for “${other.term}”; remove it from the aliases.`];
  }
  if (words.length !== new Set(words).size) errors.aliases ??= ["Each alias must be a different word."];
  const knownAreas = new Set((await tx.area.findMany({ where: { slug: { in: content.areas } }, select: { slug: true } })).map((area) => area.slug));
  const unknownAreas = content.areas.filter((area) => !knownAreas.has(area));
  if (unknownAreas.length) errors.areas = [`Unknown area: ${unknownAreas.join(", ")}.`];
  const relatedElsewhere = content.related.filter((slug) => slug !== ownSlug);
  const knownTerms = new Set(others.map((other) => other.slug));
  const unknownRelated = relatedElsewhere.filter((slug) => !knownTerms.has(slug));
  if (unknownRelated.length) errors.related = [`Unknown term: ${unknownRelated.join(", ")}.`];
  if (Object.keys(errors).length) throw invalidFields(errors);
  return { ...content, related: relatedElsewhere };
}

/** A slug for a new term that no other term has (a second "Build" would get "build-2"). */
export async function freeSlug(tx: DatabaseTransaction, base: string): Promise<string> {
  const taken = new Set((await tx.glossaryTerm.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((term) => term.slug));
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
}

/**
 * Writes content as the term's next version (or its first, creating it), with
 * the revision that keeps it and credits who proposed it. Senses and areas are
 * replaced as a whole: the content is the term.
 */
export async function publishTermContent(
  tx: DatabaseTransaction,
  { term, slug, content, reason, proposedById, appliedById, proposalId }: { term: TermRecord | null; slug: string; content: GlossaryTermContent; reason: string; proposedById: string | null; appliedById: string | null; proposalId?: number },
): Promise<{ slug: string; version: number; termId: number }> {
  const fields = { term: content.term, termKey: sameWord(content.term), aliases: content.aliases, related: content.related };
  const senses = content.senses.map((sense, position) => ({
    position,
    community: toStored[sense.community],
    subCommunity: sense.subCommunity ?? null,
    note: sense.note,
    definition: sense.definition,
    example: sense.example,
    links: sense.links as unknown as Prisma.InputJsonValue,
  }));
  const areas = content.areas.map((areaSlug) => ({ areaSlug }));
  let saved: { id: number; slug: string; version: number };
  if (term) {
    await tx.glossarySense.deleteMany({ where: { termId: term.id } });
    await tx.glossaryTermArea.deleteMany({ where: { termId: term.id } });
    saved = await tx.glossaryTerm.update({ where: { id: term.id }, data: { ...fields, version: { increment: 1 }, senses: { create: senses }, areas: { create: areas } }, select: { id: true, slug: true, version: true } });
  } else {
    saved = await tx.glossaryTerm.create({ data: { ...fields, slug, senses: { create: senses }, areas: { create: areas } }, select: { id: true, slug: true, version: true } });
  }
  await tx.glossaryTermRevision.create({
    data: { termId: saved.id, version: saved.version, content: content as unknown as Prisma.InputJsonValue, reason, proposedById, appliedById, proposalId: proposalId ?? null },
  });
  return { slug: saved.slug, version: saved.version, termId: saved.id };
}

/** Refuses a change written against an older version of the term, carrying the term as it is now. */
export function assertCurrentVersion(term: TermRecord, baseVersion: number) {
  if (term.version !== baseVersion) throw conflictError(`“${term.term}” changed since this form was opened (it is now at version ${term.version}). Compare, then save again to put your version over it.`, termContentOf(term));
}

/**
 * After any glossary write: pages that mark terms and the process's index
 * must not keep the old words. Called after the transaction commits.
 */
export function glossaryChanged() {
  bumpGlossaryVersion();
  bumpDataVersion();
}

const versionKey = Symbol.for("pyhpc-hub.glossary-version");
type Holder = { [versionKey]?: number };
/** Moves whenever this process changes the glossary (shared by the server and Next.js bundles). */
export function currentGlossaryVersion(): number {
  return (globalThis as Holder)[versionKey] ?? 0;
}
function bumpGlossaryVersion() {
  (globalThis as Holder)[versionKey] = currentGlossaryVersion() + 1;
}

/** A term as the glossary pages show it. */
export interface TermView {
  slug: string;
  term: string;
  version: number;
  content: GlossaryTermContent;
  senses: LabelledSense[];
  updatedAt: Date;
}

export function viewTerm(record: TermRecord): TermView {
  const content = termContentOf(record);
  return { slug: record.slug, term: record.term, version: record.version, content, updatedAt: record.updatedAt, senses: labelledSenses(content.senses) };
}
/** Whether two contents say the same (areas are a set; everything else in order). */
export function isSameContent(a: GlossaryTermContent, b: GlossaryTermContent): boolean {
  const normal = (content: GlossaryTermContent) =>
    JSON.stringify({
      ...content,
      areas: [...content.areas].sort(),
      senses: content.senses.map((sense) => ({ community: sense.community, subCommunity: sense.subCommunity ?? null, note: sense.note, definition: sense.definition, example: sense.example, links: sense.links.map((link) => ({ title: link.title, url: link.url })) })),
    });
  return normal(a) === normal(b);
}
