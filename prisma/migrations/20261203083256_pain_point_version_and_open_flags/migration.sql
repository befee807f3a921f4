-- DropIndex
DROP INDEX "Flag_raisedById_painPointId_commentId_key";

-- AlterTable
ALTER TABLE "PainPoint" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateIndex
CREATE UNIQUE INDEX "Flag_open_key" ON "Flag"("raisedById", "painPointId", "commentId") WHERE ("resolvedAt" IS NULL);
