-- CreateEnum
CREATE TYPE "Impact" AS ENUM ('HIGH', 'MEDIUM', 'LOW', 'NONE', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('SUPPORT', 'SUPPORT_WITH_CONCERNS', 'OPPOSE', 'MONITORING', 'UNDECIDED');

-- CreateTable
CREATE TABLE "PepAssessment" (
    "pepNumber" INTEGER NOT NULL,
    "impact" "Impact" NOT NULL DEFAULT 'UNKNOWN',
    "affected" TEXT[],
    "summary" TEXT NOT NULL DEFAULT '',
    "stance" "Stance" NOT NULL DEFAULT 'UNDECIDED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedById" TEXT,

    CONSTRAINT "PepAssessment_pkey" PRIMARY KEY ("pepNumber")
);

-- CreateTable
CREATE TABLE "PepAssessmentRevision" (
    "id" TEXT NOT NULL,
    "pepNumber" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "areas" TEXT[],
    "impact" "Impact" NOT NULL,
    "affected" TEXT[],
    "summary" TEXT NOT NULL,
    "stance" "Stance" NOT NULL,
    "editorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PepAssessmentRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PepWatch" (
    "userId" TEXT NOT NULL,
    "pepNumber" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PepWatch_pkey" PRIMARY KEY ("userId","pepNumber")
);

-- CreateTable
CREATE TABLE "PepSyncRun" (
    "id" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "trigger" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "usedSnapshot" BOOLEAN NOT NULL DEFAULT false,
    "added" INTEGER NOT NULL,
    "updated" INTEGER NOT NULL,
    "unchanged" INTEGER NOT NULL,
    "statusChanges" INTEGER NOT NULL,
    "problems" JSONB NOT NULL,
    "triggeredById" TEXT,

    CONSTRAINT "PepSyncRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "link" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PepAssessment_impact_idx" ON "PepAssessment"("impact");

-- CreateIndex
CREATE INDEX "PepAssessment_stance_idx" ON "PepAssessment"("stance");

-- CreateIndex
CREATE INDEX "PepAssessmentRevision_createdAt_idx" ON "PepAssessmentRevision"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "PepAssessmentRevision_pepNumber_version_key" ON "PepAssessmentRevision"("pepNumber", "version");

-- CreateIndex
CREATE INDEX "PepWatch_pepNumber_idx" ON "PepWatch"("pepNumber");

-- CreateIndex
CREATE INDEX "PepSyncRun_startedAt_idx" ON "PepSyncRun"("startedAt" DESC);

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- AddForeignKey
ALTER TABLE "PepAssessment" ADD CONSTRAINT "PepAssessment_pepNumber_fkey" FOREIGN KEY ("pepNumber") REFERENCES "Pep"("number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PepAssessment" ADD CONSTRAINT "PepAssessment_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PepAssessmentRevision" ADD CONSTRAINT "PepAssessmentRevision_pepNumber_fkey" FOREIGN KEY ("pepNumber") REFERENCES "Pep"("number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PepAssessmentRevision" ADD CONSTRAINT "PepAssessmentRevision_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PepWatch" ADD CONSTRAINT "PepWatch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PepWatch" ADD CONSTRAINT "PepWatch_pepNumber_fkey" FOREIGN KEY ("pepNumber") REFERENCES "Pep"("number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PepSyncRun" ADD CONSTRAINT "PepSyncRun_triggeredById_fkey" FOREIGN KEY ("triggeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
