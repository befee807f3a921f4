-- CreateEnum
CREATE TYPE "GlossaryCommunity" AS ENUM ('HPC', 'PYTHON', 'BOTH');

-- CreateEnum
CREATE TYPE "GlossaryProposalKind" AS ENUM ('NEW_TERM', 'NEW_SENSE', 'EDIT');

-- CreateEnum
CREATE TYPE "GlossaryProposalStatus" AS ENUM ('OPEN', 'APPROVED', 'DECLINED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "GlossaryTerm" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "termKey" TEXT NOT NULL,
    "aliases" TEXT[],
    "related" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GlossaryTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossarySense" (
    "id" SERIAL NOT NULL,
    "termId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "community" "GlossaryCommunity" NOT NULL,
    "subCommunity" TEXT,
    "note" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "example" TEXT NOT NULL,
    "links" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "GlossarySense_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossaryTermArea" (
    "termId" INTEGER NOT NULL,
    "areaSlug" TEXT NOT NULL,

    CONSTRAINT "GlossaryTermArea_pkey" PRIMARY KEY ("termId","areaSlug")
);

-- CreateTable
CREATE TABLE "GlossaryTermRevision" (
    "id" SERIAL NOT NULL,
    "termId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "proposedById" TEXT,
    "appliedById" TEXT,
    "proposalId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GlossaryTermRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossaryProposal" (
    "id" SERIAL NOT NULL,
    "kind" "GlossaryProposalKind" NOT NULL,
    "termId" INTEGER,
    "baseVersion" INTEGER,
    "content" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "GlossaryProposalStatus" NOT NULL DEFAULT 'OPEN',
    "proposedById" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "declineReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GlossaryProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryTerm_slug_key" ON "GlossaryTerm"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryTerm_termKey_key" ON "GlossaryTerm"("termKey");

-- CreateIndex
CREATE UNIQUE INDEX "GlossarySense_termId_position_key" ON "GlossarySense"("termId", "position");

-- CreateIndex
CREATE INDEX "GlossaryTermArea_areaSlug_idx" ON "GlossaryTermArea"("areaSlug");

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryTermRevision_proposalId_key" ON "GlossaryTermRevision"("proposalId");

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryTermRevision_termId_version_key" ON "GlossaryTermRevision"("termId", "version");

-- CreateIndex
CREATE INDEX "GlossaryProposal_status_createdAt_idx" ON "GlossaryProposal"("status", "createdAt");

-- CreateIndex
CREATE INDEX "GlossaryProposal_proposedById_createdAt_idx" ON "GlossaryProposal"("proposedById", "createdAt");

-- AddForeignKey
ALTER TABLE "GlossarySense" ADD CONSTRAINT "GlossarySense_termId_fkey" FOREIGN KEY ("termId") REFERENCES "GlossaryTerm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryTermArea" ADD CONSTRAINT "GlossaryTermArea_termId_fkey" FOREIGN KEY ("termId") REFERENCES "GlossaryTerm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryTermArea" ADD CONSTRAINT "GlossaryTermArea_areaSlug_fkey" FOREIGN KEY ("areaSlug") REFERENCES "Area"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryTermRevision" ADD CONSTRAINT "GlossaryTermRevision_termId_fkey" FOREIGN KEY ("termId") REFERENCES "GlossaryTerm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryTermRevision" ADD CONSTRAINT "GlossaryTermRevision_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryTermRevision" ADD CONSTRAINT "GlossaryTermRevision_appliedById_fkey" FOREIGN KEY ("appliedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryTermRevision" ADD CONSTRAINT "GlossaryTermRevision_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "GlossaryProposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryProposal" ADD CONSTRAINT "GlossaryProposal_termId_fkey" FOREIGN KEY ("termId") REFERENCES "GlossaryTerm"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryProposal" ADD CONSTRAINT "GlossaryProposal_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryProposal" ADD CONSTRAINT "GlossaryProposal_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
