-- AlterTable
ALTER TABLE "CharterVersion" ADD COLUMN     "voteReminderIntervalDays" INTEGER NOT NULL DEFAULT 2;

-- AlterTable
-- "remindedAt" was never written: renamed rather than dropped and added, so nothing it might hold is lost.
ALTER TABLE "StatementVoteRound" RENAME COLUMN "remindedAt" TO "lastReminderAt";
ALTER TABLE "StatementVoteRound" ADD COLUMN     "reminderIntervalDays" INTEGER NOT NULL DEFAULT 2,
ADD COLUMN     "remindersSent" INTEGER NOT NULL DEFAULT 0;
