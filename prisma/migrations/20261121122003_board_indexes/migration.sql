-- DropIndex
DROP INDEX "PainPoint_isHidden_status_siteCount_affectedCount_idx";

-- DropIndex
DROP INDEX "PainPoint_isHidden_createdAt_idx";

-- DropIndex
DROP INDEX "PainPoint_isHidden_lastActivityAt_idx";

-- DropIndex
DROP INDEX "PainPoint_isHidden_commentCount_idx";

-- CreateIndex
CREATE INDEX "PainPoint_board_affected_idx" ON "PainPoint"("siteCount" DESC, "affectedCount" DESC, "id" DESC) WHERE ((NOT "isHidden") AND (status <> 'DUPLICATE'::"PainStatus"));

-- CreateIndex
CREATE INDEX "PainPoint_board_newest_idx" ON "PainPoint"("createdAt" DESC, "id" DESC) WHERE ((NOT "isHidden") AND (status <> 'DUPLICATE'::"PainStatus"));

-- CreateIndex
CREATE INDEX "PainPoint_board_discussed_idx" ON "PainPoint"("commentCount" DESC, "lastActivityAt" DESC, "id" DESC) WHERE ((NOT "isHidden") AND (status <> 'DUPLICATE'::"PainStatus"));

-- CreateIndex
CREATE INDEX "PainPoint_board_updated_idx" ON "PainPoint"("lastActivityAt" DESC, "id" DESC) WHERE ((NOT "isHidden") AND (status <> 'DUPLICATE'::"PainStatus"));

-- CreateIndex
CREATE INDEX "PainPoint_status_idx" ON "PainPoint"("status");
