import Link from "next/link";
import { Card, CardBody } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { UserText } from "@/components/ui/user-text";
import type { Actor } from "@/lib/permissions";
import { getVoteResults, type VoteResults } from "@/lib/statements/vote-results";
import { getVoteState } from "@/lib/statements/vote-state";
import { formatDateTimeUtc } from "@/lib/ui/format";
import { castVoteAction, declareConflictAction, reconfirmVoteAction, withdrawConflictAction } from "../../actions";
import { ButtonForm, ReasonForm, VoteForm } from "./statement-forms";

const choiceWords = { AGREE: "Agree", ABSTAIN: "Abstain", DISAGREE: "Disagree", BLOCK: "Block" } as const;

/**
 * The consent vote: the viewer's own vote (cast, change, reconfirm after the
 * text changed, or only abstain with a declared conflict), then the results
 * as the round allows them to be seen.
 */
export async function VoteSection({ actor, slug }: { actor: Actor; slug: string }) {
  const [state, results] = await Promise.all([getVoteState({ actor, input: { slug } }), getVoteResults({ actor, input: { slug } })]);
  const round = state.round;
  if (!round) return null;
  const tally = results.tally;
  return (
    <section aria-labelledby="vote-heading" className="space-y-4">
      <h2 id="vote-heading" className="text-lg font-semibold tracking-tight">
        {round.isOpen ? "The vote" : round.isAbandoned ? "The last vote (returned to review)" : "The vote's result"}
      </h2>
      <Card>
        <CardBody className="space-y-5">
          <p className="text-sm text-muted">
            On text version {round.textVersionNumber}; opened {formatDateTimeUtc(round.openedAt)}, {round.isOpen ? `closes ${formatDateTimeUtc(round.closesAt)}` : `closed ${formatDateTimeUtc(round.closedAt!)}`}. Quorum {round.quorumPercent} % of the {round.eligibleCount} active members; it passes with {round.passThresholdPercent} % agreeing of those who took a side and no open block.
            {round.isAnonymous ? " Anonymous." : ""}
          </p>
          {results.reminders ? <ReminderLine reminders={results.reminders} /> : null}

          {state.earlierVote && !state.currentVote ? (
            <Notice tone="warning" title={`You voted “${choiceWords[state.earlierVote.choice]}” on version ${state.earlierVote.textVersionNumber}`}>
              The text has changed since (this vote is on version {state.earlierVote.currentTextVersionNumber}), so your earlier vote does not count.{" "}
              <Link href={`/statements/${slug}/versions?from=${state.earlierVote.textVersionNumber}&to=${state.earlierVote.currentTextVersionNumber}`}>See what changed</Link>, then reconfirm it or vote again below.
              <div className="mt-3">
                <ButtonForm action={reconfirmVoteAction} hidden={{ slug }} label={`Reconfirm “${choiceWords[state.earlierVote.choice]}”`} variant="primary" />
              </div>
            </Notice>
          ) : null}

          {state.canVote ? (
            <div className="space-y-4" data-testid="vote-form">
              {state.conflictNote ? (
                <Notice tone="info" title="You declared a conflict of interest">
                  <UserText>{state.conflictNote}</UserText> — so you may only abstain, as PEP 13 asks of core developers.
                  <div className="mt-2">
                    <ButtonForm action={withdrawConflictAction} hidden={{ slug }} label="Withdraw the declaration" variant="ghost" />
                  </div>
                </Notice>
              ) : null}
              <VoteForm action={castVoteAction} slug={slug} current={state.currentVote} onlyAbstain={state.conflictNote !== null} />
              {!state.conflictNote ? (
                <details className="text-sm">
                  <summary className="cursor-pointer font-medium text-primary">Declare a conflict of interest</summary>
                  <div className="mt-3">
                    <ReasonForm action={declareConflictAction} id="conflict-note" hidden={{ slug }} name="note" label="Your conflict (an employer, a project you maintain)" submitLabel="Declare and abstain only" />
                  </div>
                </details>
              ) : null}
            </div>
          ) : round.isOpen && !round.isPastDeadline ? (
            <p className="text-sm text-muted">{actor.userId ? "Only active members of the working group vote; inactive members reaffirm on their membership page first." : "Members of the working group vote; the result is published with the statement."}</p>
          ) : null}

          {!results.areResultsVisible ? (
            <div className="space-y-2 text-sm">
              <p className="text-muted">The results are hidden until the vote closes.</p>
              {results.voters.length ? (
                <p>
                  <span className="font-medium">Voted so far ({results.voters.length}):</span> <UserText>{results.voters.map((voter) => voter.label).join(", ")}</UserText>
                </p>
              ) : null}
            </div>
          ) : tally ? (
            <div className="space-y-4">
              <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label="Tally">
                {(
                  [
                    ["Agree", tally.agree],
                    ["Abstain", tally.abstain + tally.silentAbstain],
                    ["Disagree", tally.disagree],
                    ["Block", tally.block],
                  ] as const
                ).map(([label, count]) => (
                  <div key={label} className="rounded-lg border border-line bg-surface-muted px-3 py-2">
                    <dt className="text-xs text-muted">{label}</dt>
                    <dd className="text-xl font-semibold tabular-nums">{count}</dd>
                  </div>
                ))}
              </dl>
              <p className="text-sm text-muted" data-testid="vote-standing">
                {tally.participating} voted; quorum needs {tally.quorumNeeded}{tally.isQuorumMet ? " (met)" : ""}{tally.silentAbstain ? `; ${tally.silentAbstain} silent past the charter's period count as abstaining` : ""}.{" "}
                {tally.agreePercent !== null ? `${tally.agreePercent} % agree of those who took a side. ` : ""}
                {tally.openObjections ? `${tally.openObjections} open ${tally.openObjections === 1 ? "block" : "blocks"}. ` : ""}
                <span className="font-medium text-ink">{round.isOpen ? (tally.passes ? "As it stands, it passes." : "As it stands, it does not pass.") : round.outcome === "PASSED" ? "It passed." : round.outcome === "FAILED" ? "It did not pass." : ""}</span>
              </p>
              {results.voters.length ? (
                <ul className="divide-y divide-line text-sm" aria-label="Votes">
                  {results.voters.map((voter) => (
                    <li key={voter.label} className="flex flex-wrap gap-x-3 py-2">
                      <span className="font-medium">
                        <UserText>{voter.label}</UserText>
                      </span>
                      <span className="text-muted">{voter.choice ? choiceWords[voter.choice] : ""}</span>
                      {voter.reason ? (
                        <span className="w-full text-muted">
                          <UserText>{voter.reason}</UserText>
                        </span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
        </CardBody>
      </Card>
    </section>
  );
}

const when = (date: Date) => <time dateTime={date.toISOString()}>{formatDateTimeUtc(date)}</time>;

/** For the chairs: when members who have not voted were last reminded, and when they will be next (lib/statements/remind-voters.ts). */
function ReminderLine({ reminders }: { reminders: NonNullable<VoteResults["reminders"]> }) {
  const { lastSentAt, nextAt } = reminders;
  return (
    <p className="text-sm text-muted" data-testid="vote-reminders">
      {lastSentAt ? (
        <>
          Last reminder sent {when(lastSentAt)} · {nextAt ? <>next {when(nextAt)}</> : "no further reminder before the vote closes"}
        </>
      ) : nextAt ? (
        <>First reminder {when(nextAt)}</>
      ) : (
        "No reminder before the vote closes."
      )}
    </p>
  );
}
