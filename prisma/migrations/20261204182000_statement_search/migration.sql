-- Statements in the site search: "Statement"."searchVector" (declared with its GIN
-- index in 20261203175718_statements, but never filled) becomes a column that
-- PostgreSQL computes from the title (weight A), the summary (B) and the current
-- text (C, the "markdown" column the live editor keeps beside its Yjs state).
-- Written by hand: schema.prisma does not change (Prisma cannot describe a
-- generated column, and diffs migrations from schema texts, so it leaves this alone).
--
-- Computed by the database rather than by the use cases, because the text is
-- written from many places (creating, the details form, the collaboration
-- server's store, a restore, the seed, raw inserts in tests) and none can forget
-- it. A generated column rather than a trigger: the migration runner
-- (@prisma/adapter-pg's executeScript) splits a script at every semicolon, so a
-- PL/pgSQL trigger function cannot be created from a migration here.
-- The configuration is the one search queries use (websearch_to_tsquery('english', …)).
-- The text counts up to 200,000 characters (the drafting form's limit, as for
-- session notes): a tsvector holds at most 1 MB, and a row whose vector
-- overflowed could not be written at all.
--
-- Re-adding the column fills it for every existing statement.

DROP INDEX "Statement_searchVector_idx";

ALTER TABLE "Statement" DROP COLUMN "searchVector";

ALTER TABLE "Statement" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, title), 'A') ||
  setweight(to_tsvector('english'::regconfig, summary), 'B') ||
  setweight(to_tsvector('english'::regconfig, left(markdown, 200000)), 'C')
) STORED;

CREATE INDEX "Statement_searchVector_idx" ON "Statement" USING GIN ("searchVector");
