import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { StatementStage } from "@/lib/generated/prisma/enums";

export interface StatementOptions {
  stage?: StatementStage;
  slug?: string;
  title?: string;
  markdown?: string;
  mentionedPeps?: number[];
  mentionedPainPoints?: number[];
  publishedAt?: Date;
  createdAt?: Date;
}

/**
 * A statement row with a unique slug and title, written straight to the
 * database (the statements' own use cases are someone else's to test). A
 * published one gets text version 1 as its published version.
 */
export async function createStatement({ stage = "DRAFT", slug, title, markdown = "The working group’s position.", mentionedPeps = [], mentionedPainPoints = [], publishedAt, createdAt }: StatementOptions = {}) {
  const id = randomUUID().slice(0, 8);
  const statement = await db.statement.create({
    data: {
      slug: slug ?? `statement-${id}`,
      title: title ?? `Test statement ${id}`,
      target: "GENERAL",
      summary: "What the statement asks for, in a paragraph.",
      stage,
      markdown,
      mentionedPeps,
      mentionedPainPoints,
      ...(createdAt ? { createdAt } : {}),
    },
  });
  if (stage !== "PUBLISHED") return statement;
  const version = await db.statementTextVersion.create({ data: { statementId: statement.id, number: 1, markdown, yjsState: new Uint8Array(), reason: "STAGE_CHANGE" } });
  return db.statement.update({ where: { id: statement.id }, data: { publishedVersionId: version.id, publishedAt: publishedAt ?? new Date() } });
}

/** A pain-point report, visible unless asked otherwise, with its live counts. */
export async function createPainPoint({ isHidden = false, affectedCount = 1, siteCount = 0 }: { isHidden?: boolean; affectedCount?: number; siteCount?: number } = {}) {
  const reporter = await db.user.create({ data: { name: `Reporter ${randomUUID().slice(0, 8)}`, email: `reporter-${randomUUID().slice(0, 8)}@test.invalid` } });
  return db.painPoint.create({ data: { title: `Slow imports ${randomUUID().slice(0, 8)}`, description: "Imports are slow.", severity: "COSTS_HOURS", reporterId: reporter.id, isHidden, affectedCount, siteCount } });
}
