-- AlterTable
ALTER TABLE "PainPoint" ADD COLUMN     "raisedById" TEXT,
ADD COLUMN     "raisedInSessionId" INTEGER,
ADD COLUMN     "sourceQuestionId" INTEGER;

-- CreateTable
CREATE TABLE "PainPointDraft" (
    "id" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "passage" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PainPointDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PainPointDraft_authorId_idx" ON "PainPointDraft"("authorId");

-- CreateIndex
CREATE INDEX "PainPointDraft_sessionId_idx" ON "PainPointDraft"("sessionId");

-- CreateIndex
CREATE INDEX "PainPointDraft_createdAt_idx" ON "PainPointDraft"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PainPoint_sourceQuestionId_key" ON "PainPoint"("sourceQuestionId");

-- CreateIndex
CREATE INDEX "PainPoint_raisedInSessionId_idx" ON "PainPoint"("raisedInSessionId");

-- AddForeignKey
ALTER TABLE "PainPoint" ADD CONSTRAINT "PainPoint_raisedInSessionId_fkey" FOREIGN KEY ("raisedInSessionId") REFERENCES "BofSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PainPoint" ADD CONSTRAINT "PainPoint_sourceQuestionId_fkey" FOREIGN KEY ("sourceQuestionId") REFERENCES "Question"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PainPoint" ADD CONSTRAINT "PainPoint_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PainPointDraft" ADD CONSTRAINT "PainPointDraft_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PainPointDraft" ADD CONSTRAINT "PainPointDraft_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "BofSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
