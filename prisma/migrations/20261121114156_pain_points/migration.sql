-- CreateEnum
CREATE TYPE "PainSeverity" AS ENUM ('BLOCKS_WORK', 'COSTS_HOURS', 'ANNOYANCE');

-- CreateEnum
CREATE TYPE "PainStatus" AS ENUM ('NEW', 'CONFIRMED', 'LINKED_TO_PEP', 'ADDRESSED', 'DUPLICATE', 'WONT_FIX');

-- CreateTable
CREATE TABLE "PainPoint" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "severity" "PainSeverity" NOT NULL,
    "status" "PainStatus" NOT NULL DEFAULT 'NEW',
    "reporterId" TEXT NOT NULL,
    "isReporterPublic" BOOLEAN NOT NULL DEFAULT false,
    "site" TEXT,
    "siteKind" TEXT,
    "scheduler" TEXT,
    "filesystem" TEXT,
    "installMethod" TEXT,
    "pythonVersion" TEXT,
    "mpi" TEXT,
    "accelerator" TEXT,
    "affectedCount" INTEGER NOT NULL DEFAULT 1,
    "siteCount" INTEGER NOT NULL DEFAULT 0,
    "commentCount" INTEGER NOT NULL DEFAULT 0,
    "lastActivityAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "duplicateOfId" INTEGER,
    "isHidden" BOOLEAN NOT NULL DEFAULT false,
    "hiddenReason" TEXT,
    "hiddenById" TEXT,
    "hiddenAt" TIMESTAMP(3),
    "searchVector" tsvector,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PainPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PainPointArea" (
    "painPointId" INTEGER NOT NULL,
    "areaSlug" TEXT NOT NULL,

    CONSTRAINT "PainPointArea_pkey" PRIMARY KEY ("painPointId","areaSlug")
);

-- CreateTable
CREATE TABLE "PainPointVote" (
    "painPointId" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "site" TEXT,
    "siteKind" TEXT,
    "filesystem" TEXT,
    "installMethod" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PainPointVote_pkey" PRIMARY KEY ("painPointId","userId")
);

-- CreateTable
CREATE TABLE "PainPointComment" (
    "id" TEXT NOT NULL,
    "painPointId" INTEGER NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" TIMESTAMP(3),
    "isHidden" BOOLEAN NOT NULL DEFAULT false,
    "hiddenReason" TEXT,
    "hiddenById" TEXT,

    CONSTRAINT "PainPointComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PainPointPep" (
    "painPointId" INTEGER NOT NULL,
    "pepNumber" INTEGER NOT NULL,
    "linkedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PainPointPep_pkey" PRIMARY KEY ("painPointId","pepNumber")
);

-- CreateTable
CREATE TABLE "PainPointLink" (
    "id" TEXT NOT NULL,
    "painPointId" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "addedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PainPointLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PainPointStatusChange" (
    "id" TEXT NOT NULL,
    "painPointId" INTEGER NOT NULL,
    "fromStatus" "PainStatus",
    "toStatus" "PainStatus" NOT NULL,
    "reason" TEXT NOT NULL,
    "duplicateOfId" INTEGER,
    "changedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PainPointStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "painPointId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "raw" TEXT NOT NULL,
    "parsed" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Flag" (
    "id" TEXT NOT NULL,
    "painPointId" INTEGER NOT NULL,
    "commentId" TEXT,
    "raisedById" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" TEXT,
    "resolution" TEXT,

    CONSTRAINT "Flag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PainPoint_isHidden_status_siteCount_affectedCount_idx" ON "PainPoint"("isHidden", "status", "siteCount" DESC, "affectedCount" DESC);

-- CreateIndex
CREATE INDEX "PainPoint_isHidden_createdAt_idx" ON "PainPoint"("isHidden", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "PainPoint_isHidden_lastActivityAt_idx" ON "PainPoint"("isHidden", "lastActivityAt" DESC);

-- CreateIndex
CREATE INDEX "PainPoint_isHidden_commentCount_idx" ON "PainPoint"("isHidden", "commentCount" DESC);

-- CreateIndex
CREATE INDEX "PainPoint_severity_idx" ON "PainPoint"("severity");

-- CreateIndex
CREATE INDEX "PainPoint_filesystem_idx" ON "PainPoint"("filesystem");

-- CreateIndex
CREATE INDEX "PainPoint_scheduler_idx" ON "PainPoint"("scheduler");

-- CreateIndex
CREATE INDEX "PainPoint_installMethod_idx" ON "PainPoint"("installMethod");

-- CreateIndex
CREATE INDEX "PainPoint_reporterId_createdAt_idx" ON "PainPoint"("reporterId", "createdAt");

-- CreateIndex
CREATE INDEX "PainPoint_searchVector_idx" ON "PainPoint" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "PainPointArea_areaSlug_painPointId_idx" ON "PainPointArea"("areaSlug", "painPointId");

-- CreateIndex
CREATE INDEX "PainPointVote_userId_idx" ON "PainPointVote"("userId");

-- CreateIndex
CREATE INDEX "PainPointComment_painPointId_createdAt_idx" ON "PainPointComment"("painPointId", "createdAt");

-- CreateIndex
CREATE INDEX "PainPointComment_authorId_createdAt_idx" ON "PainPointComment"("authorId", "createdAt");

-- CreateIndex
CREATE INDEX "PainPointPep_pepNumber_idx" ON "PainPointPep"("pepNumber");

-- CreateIndex
CREATE UNIQUE INDEX "PainPointLink_painPointId_url_key" ON "PainPointLink"("painPointId", "url");

-- CreateIndex
CREATE INDEX "PainPointStatusChange_painPointId_createdAt_idx" ON "PainPointStatusChange"("painPointId", "createdAt");

-- CreateIndex
CREATE INDEX "Evidence_painPointId_idx" ON "Evidence"("painPointId");

-- CreateIndex
CREATE INDEX "Flag_resolvedAt_createdAt_idx" ON "Flag"("resolvedAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Flag_raisedById_painPointId_commentId_key" ON "Flag"("raisedById", "painPointId", "commentId");

-- AddForeignKey
ALTER TABLE "PainPoint" ADD CONSTRAINT "PainPoint_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PainPoint" ADD CONSTRAINT "PainPoint_hiddenById_fkey" FOREIGN KEY ("hiddenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PainPoint" ADD CONSTRAINT "PainPoint_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "PainPoint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PainPointArea" ADD CONSTRAINT "PainPointArea_painPointId_fkey" FOREIGN KEY ("painPointId") REFERENCES "PainPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PainPointArea" ADD CONSTRAINT "PainPointArea_areaSlug_fkey" FOREIGN KEY ("areaSlug") REFERENCES "Area"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PainPointVote" ADD CONSTRAINT "PainPointVote_painPointId_fkey" FOREIGN KEY ("painPointId") REFERENCES "PainPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PainPointVote" ADD CONSTRAINT "PainPointVote_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PainPointComment" ADD CONSTRAINT "PainPointComment_painPointId_fkey" FOREIGN KEY ("painPointId") REFERENCES "PainPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PainPointComment" ADD CONSTRAINT "PainPointComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PainPointComment" ADD CONSTRAINT "PainPointComment_hiddenById_fkey" FOREIGN KEY ("hiddenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PainPointPep" ADD CONSTRAINT "PainPointPep_painPointId_fkey" FOREIGN KEY ("painPointId") REFERENCES "PainPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PainPointPep" ADD CONSTRAINT "PainPointPep_pepNumber_fkey" FOREIGN KEY ("pepNumber") REFERENCES "Pep"("number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PainPointPep" ADD CONSTRAINT "PainPointPep_linkedById_fkey" FOREIGN KEY ("linkedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PainPointLink" ADD CONSTRAINT "PainPointLink_painPointId_fkey" FOREIGN KEY ("painPointId") REFERENCES "PainPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PainPointLink" ADD CONSTRAINT "PainPointLink_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PainPointStatusChange" ADD CONSTRAINT "PainPointStatusChange_painPointId_fkey" FOREIGN KEY ("painPointId") REFERENCES "PainPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PainPointStatusChange" ADD CONSTRAINT "PainPointStatusChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_painPointId_fkey" FOREIGN KEY ("painPointId") REFERENCES "PainPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Flag" ADD CONSTRAINT "Flag_painPointId_fkey" FOREIGN KEY ("painPointId") REFERENCES "PainPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Flag" ADD CONSTRAINT "Flag_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "PainPointComment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Flag" ADD CONSTRAINT "Flag_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Flag" ADD CONSTRAINT "Flag_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
