-- CreateEnum
CREATE TYPE "SessionVisibility" AS ENUM ('PUBLIC', 'MEMBERS');

-- CreateEnum
CREATE TYPE "NotesEditors" AS ENUM ('SIGNED_IN', 'MEMBERS', 'CHAIRS');

-- CreateEnum
CREATE TYPE "NoteRevisionReason" AS ENUM ('PERIODIC', 'SESSION_END', 'BEFORE_RESTORE');

-- CreateTable
CREATE TABLE "BofSession" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "timeZone" TEXT NOT NULL,
    "venue" TEXT,
    "videoUrl" TEXT,
    "chatUrl" TEXT,
    "visibility" "SessionVisibility" NOT NULL DEFAULT 'PUBLIC',
    "notesEditors" "NotesEditors" NOT NULL DEFAULT 'SIGNED_IN',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BofSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" SERIAL NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "speaker" TEXT,
    "minutes" INTEGER NOT NULL,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoteDocument" (
    "id" SERIAL NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "state" BYTEA,
    "markdown" TEXT NOT NULL DEFAULT '',
    "mentionedPeps" INTEGER[],
    "searchVector" tsvector,
    "changedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NoteDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoteUpdate" (
    "id" BIGSERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "update" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NoteUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoteRevision" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "markdown" TEXT NOT NULL,
    "state" BYTEA NOT NULL,
    "reason" "NoteRevisionReason" NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NoteRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BofSession_slug_key" ON "BofSession"("slug");

-- CreateIndex
CREATE INDEX "BofSession_startsAt_idx" ON "BofSession"("startsAt");

-- CreateIndex
CREATE INDEX "AgendaItem_sessionId_position_idx" ON "AgendaItem"("sessionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "NoteDocument_sessionId_key" ON "NoteDocument"("sessionId");

-- CreateIndex
CREATE INDEX "NoteDocument_mentionedPeps_idx" ON "NoteDocument" USING GIN ("mentionedPeps");

-- CreateIndex
CREATE INDEX "NoteDocument_searchVector_idx" ON "NoteDocument" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "NoteUpdate_documentId_id_idx" ON "NoteUpdate"("documentId", "id");

-- CreateIndex
CREATE INDEX "NoteRevision_documentId_createdAt_idx" ON "NoteRevision"("documentId", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "BofSession" ADD CONSTRAINT "BofSession_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "BofSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoteDocument" ADD CONSTRAINT "NoteDocument_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "BofSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoteUpdate" ADD CONSTRAINT "NoteUpdate_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "NoteDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoteRevision" ADD CONSTRAINT "NoteRevision_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "NoteDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoteRevision" ADD CONSTRAINT "NoteRevision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
