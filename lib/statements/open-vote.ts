import { getCharterSettings } from "@/lib/charter/get-charter-settings";
import { invalidFields } from "@/lib/errors";
import { countActiveVotingMembers } from "@/lib/membership/activity";
import { formatDay } from "@/lib/membership/records";
import type { Actor } from "@/lib/permissions";
import { refuseUnlessStep, runChairStep, takeStageStep } from "@/lib/statements/change-statement-stage";
import { notifyPeople, readLatestRound } from "@/lib/statements/records";
import { openVoteSchema } from "@/lib/statements/schemas";
import { keepTextVersion } from "@/lib/statements/text-versions";

const dayMs = 86_400_000;

/** The earliest a vote may close: the charter's minimum review time after the statement entered review. */
export const earliestVoteClose = (reviewStartedAt: Date, minReviewDays: number) => new Date(reviewStartedAt.getTime() + minReviewDays * dayMs);

/**
 * A chair opens the vote on a statement in review. The round is on the text
 * as it is now (kept as a version), with the charter's quorum, threshold,
 * silence rule and reminder interval copied into it, and the number of active voting members
 * now as the base of its quorum: a later charter change or new member does
 * not move a running vote. Anonymity and hidden results are chosen here and
 * cannot change. Members who voted in the previous round are asked to
 * reconfirm: their votes were on another round and are not carried over.
 */
export async function openStatementVote({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  return runChairStep({ actor, input, now, permission: "statements.manageVote", schema: openVoteSchema }, async (tx, statement, { reason, closesAt, isAnonymous, hidesResultsUntilClose }) => {
    refuseUnlessStep(statement, "VOTE");
    const charter = await getCharterSettings(tx);
    const earliest = earliestVoteClose(statement.reviewStartedAt ?? now, charter.minReviewDays);
    if (closesAt < earliest) {
      throw invalidFields({ closesAt: [`The vote can close on ${formatDay(earliest)} at the earliest (${earliest.toISOString().slice(11, 16)} UTC): the charter asks for ${charter.minReviewDays} days of review before a vote closes.`] });
    }
    if (closesAt <= now) throw invalidFields({ closesAt: ["Choose a closing time in the future."] });

    const version = await keepTextVersion(tx, { statementId: statement.id, reason: "STAGE_CHANGE", actorId: actor.userId });
    const previous = await readLatestRound(tx, statement.id);
    await tx.statementVoteRound.create({
      data: {
        statementId: statement.id,
        textVersionId: version.id,
        openedAt: now,
        closesAt,
        quorumPercent: charter.quorumPercent,
        passThresholdPercent: charter.passThresholdPercent,
        silenceAbstainDays: charter.silenceAbstainDays,
        reminderIntervalDays: charter.voteReminderIntervalDays,
        eligibleCount: await countActiveVotingMembers(now, tx),
        isAnonymous,
        hidesResultsUntilClose,
        openedById: actor.userId,
      },
    });
    const stepNotifications = await takeStageStep(tx, actor, statement, { at: now, toStage: "VOTE", reason, textVersionId: version.id, notice: `The vote closes on ${formatDay(closesAt)}.` });
    if (!previous) return stepNotifications;
    const earlierVoters = await tx.statementVote.findMany({ where: { roundId: previous.id }, select: { userId: true } });
    const isNewText = previous.textVersionId !== version.id;
    const reconfirm = await notifyPeople(
      tx,
      earlierVoters.map((vote) => vote.userId),
      statement,
      {
        title: `Vote again on "${statement.title}"`,
        body: `A new vote opened${isNewText ? ` on text version ${version.number} (you voted on version ${previous.textVersion.number})` : ""}. Your earlier vote is not counted in it: look at ${isNewText ? "what changed" : "the statement"} and reconfirm or change your vote before ${formatDay(closesAt)}.`,
      },
    );
    // Earlier voters who follow the statement have both notices in the hub, but are emailed once: the one that asks them to reconfirm.
    return [...stepNotifications.filter((notification) => !earlierVoters.some((vote) => vote.userId === notification.userId)), ...reconfirm];
  });
}
