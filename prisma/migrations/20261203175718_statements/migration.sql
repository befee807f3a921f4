-- CreateEnum
CREATE TYPE "StatementStage" AS ENUM ('DRAFT', 'REVIEW', 'VOTE', 'PUBLISHED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "StatementTarget" AS ENUM ('PEP', 'PSF', 'STEERING_COUNCIL', 'GENERAL');

-- CreateEnum
CREATE TYPE "StatementVersionReason" AS ENUM ('PERIODIC', 'STAGE_CHANGE', 'BEFORE_RESTORE', 'RESTORED');

-- CreateEnum
CREATE TYPE "StatementEvidenceKind" AS ENUM ('PEP', 'PAIN_POINT', 'SESSION', 'STATEMENT', 'LINK');

-- CreateEnum
CREATE TYPE "StatementVoteChoice" AS ENUM ('AGREE', 'ABSTAIN', 'DISAGREE', 'BLOCK');

-- CreateEnum
CREATE TYPE "ObjectionState" AS ENUM ('OPEN', 'WITHDRAWN', 'ADDRESSED', 'OVERRULED');

-- CreateTable
CREATE TABLE "Statement" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "target" "StatementTarget" NOT NULL,
    "targetPep" INTEGER,
    "targetBody" TEXT,
    "areas" TEXT[],
    "summary" TEXT NOT NULL,
    "stage" "StatementStage" NOT NULL DEFAULT 'DRAFT',
    "markdown" TEXT NOT NULL DEFAULT '',
    "yjsState" BYTEA,
    "textChangedAt" TIMESTAMP(3),
    "mentionedPeps" INTEGER[],
    "mentionedPainPoints" INTEGER[],
    "reviewStartedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "publishedVersionId" INTEGER,
    "withdrawnAt" TIMESTAMP(3),
    "supersededById" INTEGER,
    "searchVector" tsvector,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementAuthor" (
    "statementId" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "firstEditAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatementAuthor_pkey" PRIMARY KEY ("statementId","userId")
);

-- CreateTable
CREATE TABLE "StatementFollow" (
    "statementId" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatementFollow_pkey" PRIMARY KEY ("statementId","userId")
);

-- CreateTable
CREATE TABLE "StatementUpdate" (
    "id" BIGSERIAL NOT NULL,
    "statementId" INTEGER NOT NULL,
    "update" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatementUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementTextVersion" (
    "id" SERIAL NOT NULL,
    "statementId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "markdown" TEXT NOT NULL,
    "yjsState" BYTEA NOT NULL,
    "reason" "StatementVersionReason" NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatementTextVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementStageChange" (
    "id" SERIAL NOT NULL,
    "statementId" INTEGER NOT NULL,
    "fromStage" "StatementStage" NOT NULL,
    "toStage" "StatementStage" NOT NULL,
    "reason" TEXT NOT NULL,
    "textVersionId" INTEGER,
    "changedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatementStageChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementComment" (
    "id" SERIAL NOT NULL,
    "statementId" INTEGER NOT NULL,
    "parentId" INTEGER,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "quote" TEXT,
    "anchorStart" JSONB,
    "anchorEnd" JSONB,
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StatementComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementEvidence" (
    "id" SERIAL NOT NULL,
    "statementId" INTEGER NOT NULL,
    "kind" "StatementEvidenceKind" NOT NULL,
    "pepNumber" INTEGER,
    "painPointId" INTEGER,
    "sessionId" INTEGER,
    "citedStatementId" INTEGER,
    "url" TEXT,
    "title" TEXT,
    "note" TEXT,
    "isFromText" BOOLEAN NOT NULL DEFAULT false,
    "addedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatementEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementVoteRound" (
    "id" SERIAL NOT NULL,
    "statementId" INTEGER NOT NULL,
    "textVersionId" INTEGER NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "quorumPercent" INTEGER NOT NULL,
    "passThresholdPercent" INTEGER NOT NULL,
    "silenceAbstainDays" INTEGER NOT NULL,
    "eligibleCount" INTEGER NOT NULL,
    "isAnonymous" BOOLEAN NOT NULL DEFAULT false,
    "hidesResultsUntilClose" BOOLEAN NOT NULL DEFAULT false,
    "closedAt" TIMESTAMP(3),
    "outcome" TEXT,
    "tally" JSONB,
    "openedById" TEXT,
    "remindedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "StatementVoteRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementVote" (
    "roundId" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "choice" "StatementVoteChoice" NOT NULL,
    "reason" TEXT,
    "textVersionId" INTEGER NOT NULL,
    "castAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatementVote_pkey" PRIMARY KEY ("roundId","userId")
);

-- CreateTable
CREATE TABLE "StatementVoteChange" (
    "id" BIGSERIAL NOT NULL,
    "roundId" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "choice" "StatementVoteChoice" NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatementVoteChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementConflict" (
    "statementId" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatementConflict_pkey" PRIMARY KEY ("statementId","userId")
);

-- CreateTable
CREATE TABLE "StatementObjection" (
    "id" SERIAL NOT NULL,
    "statementId" INTEGER NOT NULL,
    "roundId" INTEGER NOT NULL,
    "authorId" TEXT,
    "reason" TEXT NOT NULL,
    "state" "ObjectionState" NOT NULL DEFAULT 'OPEN',
    "response" TEXT,
    "respondedById" TEXT,
    "respondedAt" TIMESTAMP(3),
    "dispute" TEXT,
    "disputedAt" TIMESTAMP(3),
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "StatementObjection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementEndorsement" (
    "id" SERIAL NOT NULL,
    "statementId" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "textVersionId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "affiliation" TEXT NOT NULL,
    "affiliationKind" TEXT,
    "isPersonalCapacity" BOOLEAN NOT NULL DEFAULT false,
    "wasMember" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMP(3),

    CONSTRAINT "StatementEndorsement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Statement_slug_key" ON "Statement"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Statement_publishedVersionId_key" ON "Statement"("publishedVersionId");

-- CreateIndex
CREATE INDEX "Statement_stage_updatedAt_idx" ON "Statement"("stage", "updatedAt");

-- CreateIndex
CREATE INDEX "Statement_targetPep_idx" ON "Statement"("targetPep");

-- CreateIndex
CREATE INDEX "Statement_mentionedPeps_idx" ON "Statement" USING GIN ("mentionedPeps");

-- CreateIndex
CREATE INDEX "Statement_mentionedPainPoints_idx" ON "Statement" USING GIN ("mentionedPainPoints");

-- CreateIndex
CREATE INDEX "Statement_searchVector_idx" ON "Statement" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "StatementAuthor_userId_idx" ON "StatementAuthor"("userId");

-- CreateIndex
CREATE INDEX "StatementFollow_userId_idx" ON "StatementFollow"("userId");

-- CreateIndex
CREATE INDEX "StatementUpdate_statementId_id_idx" ON "StatementUpdate"("statementId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "StatementTextVersion_statementId_number_key" ON "StatementTextVersion"("statementId", "number");

-- CreateIndex
CREATE INDEX "StatementStageChange_statementId_createdAt_idx" ON "StatementStageChange"("statementId", "createdAt");

-- CreateIndex
CREATE INDEX "StatementComment_statementId_createdAt_idx" ON "StatementComment"("statementId", "createdAt");

-- CreateIndex
CREATE INDEX "StatementEvidence_statementId_idx" ON "StatementEvidence"("statementId");

-- CreateIndex
CREATE INDEX "StatementEvidence_pepNumber_idx" ON "StatementEvidence"("pepNumber");

-- CreateIndex
CREATE INDEX "StatementEvidence_painPointId_idx" ON "StatementEvidence"("painPointId");

-- CreateIndex
CREATE INDEX "StatementEvidence_sessionId_idx" ON "StatementEvidence"("sessionId");

-- CreateIndex
CREATE INDEX "StatementEvidence_citedStatementId_idx" ON "StatementEvidence"("citedStatementId");

-- CreateIndex
CREATE INDEX "StatementVoteRound_statementId_openedAt_idx" ON "StatementVoteRound"("statementId", "openedAt");

-- CreateIndex
CREATE INDEX "StatementVote_userId_idx" ON "StatementVote"("userId");

-- CreateIndex
CREATE INDEX "StatementVoteChange_roundId_userId_createdAt_idx" ON "StatementVoteChange"("roundId", "userId", "createdAt");

-- CreateIndex
CREATE INDEX "StatementObjection_statementId_state_idx" ON "StatementObjection"("statementId", "state");

-- CreateIndex
CREATE INDEX "StatementObjection_roundId_authorId_idx" ON "StatementObjection"("roundId", "authorId");

-- CreateIndex
CREATE INDEX "StatementEndorsement_statementId_withdrawnAt_idx" ON "StatementEndorsement"("statementId", "withdrawnAt");

-- CreateIndex
CREATE UNIQUE INDEX "StatementEndorsement_statementId_userId_key" ON "StatementEndorsement"("statementId", "userId");

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_publishedVersionId_fkey" FOREIGN KEY ("publishedVersionId") REFERENCES "StatementTextVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_supersededById_fkey" FOREIGN KEY ("supersededById") REFERENCES "Statement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementAuthor" ADD CONSTRAINT "StatementAuthor_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementAuthor" ADD CONSTRAINT "StatementAuthor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementFollow" ADD CONSTRAINT "StatementFollow_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementFollow" ADD CONSTRAINT "StatementFollow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementUpdate" ADD CONSTRAINT "StatementUpdate_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementTextVersion" ADD CONSTRAINT "StatementTextVersion_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementTextVersion" ADD CONSTRAINT "StatementTextVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementStageChange" ADD CONSTRAINT "StatementStageChange_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementStageChange" ADD CONSTRAINT "StatementStageChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementComment" ADD CONSTRAINT "StatementComment_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementComment" ADD CONSTRAINT "StatementComment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "StatementComment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementComment" ADD CONSTRAINT "StatementComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementComment" ADD CONSTRAINT "StatementComment_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementEvidence" ADD CONSTRAINT "StatementEvidence_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementEvidence" ADD CONSTRAINT "StatementEvidence_painPointId_fkey" FOREIGN KEY ("painPointId") REFERENCES "PainPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementEvidence" ADD CONSTRAINT "StatementEvidence_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "BofSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementEvidence" ADD CONSTRAINT "StatementEvidence_citedStatementId_fkey" FOREIGN KEY ("citedStatementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementEvidence" ADD CONSTRAINT "StatementEvidence_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementVoteRound" ADD CONSTRAINT "StatementVoteRound_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementVoteRound" ADD CONSTRAINT "StatementVoteRound_textVersionId_fkey" FOREIGN KEY ("textVersionId") REFERENCES "StatementTextVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementVoteRound" ADD CONSTRAINT "StatementVoteRound_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementVote" ADD CONSTRAINT "StatementVote_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "StatementVoteRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementVote" ADD CONSTRAINT "StatementVote_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementVote" ADD CONSTRAINT "StatementVote_textVersionId_fkey" FOREIGN KEY ("textVersionId") REFERENCES "StatementTextVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementVoteChange" ADD CONSTRAINT "StatementVoteChange_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "StatementVoteRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementVoteChange" ADD CONSTRAINT "StatementVoteChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementConflict" ADD CONSTRAINT "StatementConflict_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementConflict" ADD CONSTRAINT "StatementConflict_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementObjection" ADD CONSTRAINT "StatementObjection_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementObjection" ADD CONSTRAINT "StatementObjection_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementObjection" ADD CONSTRAINT "StatementObjection_respondedById_fkey" FOREIGN KEY ("respondedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementEndorsement" ADD CONSTRAINT "StatementEndorsement_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementEndorsement" ADD CONSTRAINT "StatementEndorsement_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementEndorsement" ADD CONSTRAINT "StatementEndorsement_textVersionId_fkey" FOREIGN KEY ("textVersionId") REFERENCES "StatementTextVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
