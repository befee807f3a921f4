import type { VoteChoice } from "@/lib/statements/schemas";

export interface TallyRound {
  textVersionId: number;
  openedAt: Date;
  quorumPercent: number;
  passThresholdPercent: number;
  silenceAbstainDays: number;
  eligibleCount: number;
}

export interface TallyVote {
  choice: VoteChoice;
  textVersionId: number;
}

export interface TallyObjection {
  state: "OPEN" | "WITHDRAWN" | "ADDRESSED" | "OVERRULED";
}

export interface Tally {
  agree: number;
  abstain: number;
  disagree: number;
  block: number;
  /** Eligible members who had not voted once the silence period passed: shown as counted as abstaining, never as having voted. */
  silentAbstain: number;
  /** Votes actually cast, explicit abstentions included: what quorum is measured by. */
  participating: number;
  quorumNeeded: number;
  isQuorumMet: boolean;
  /** Votes for, as a whole percentage of the votes for and against (agree + disagree + block); null when nobody took a side. */
  agreePercent: number | null;
  isThresholdMet: boolean;
  openObjections: number;
  passes: boolean;
}

const dayMs = 86_400_000;

/**
 * The result of a consent vote at `now`, from the rules the round copied
 * from the charter when it opened. Pure: the same votes and clock give the
 * same result, whoever computes it.
 *
 * - Only votes on the round's own text version count (a vote cast on an
 *   earlier text is reconfirmed into the round, never carried over).
 * - Quorum: votes cast (explicit abstentions included) ≥ ceil(eligible ×
 *   quorum% / 100). Silent members count as abstaining once
 *   `silenceAbstainDays` have passed since the opening, but they do NOT count
 *   toward quorum: otherwise silence alone would make every vote quorate
 *   after a week, and quorum would mean nothing.
 * - Passing: quorum met, votes for ≥ threshold% of the votes for and
 *   against (abstentions, explicit or silent, are left out), at least one
 *   vote for, and no objection (block) still OPEN. With nobody taking a
 *   side (all abstain) nothing was agreed, so it does not pass.
 */
export function tallyRound(round: TallyRound, votes: TallyVote[], objections: TallyObjection[], now: Date): Tally {
  const counted = votes.filter((vote) => vote.textVersionId === round.textVersionId);
  const count = (choice: VoteChoice) => counted.filter((vote) => vote.choice === choice).length;
  const [agree, abstain, disagree, block] = [count("AGREE"), count("ABSTAIN"), count("DISAGREE"), count("BLOCK")];
  const participating = counted.length;
  const isSilencePast = now.getTime() >= round.openedAt.getTime() + round.silenceAbstainDays * dayMs;
  const silentAbstain = isSilencePast ? Math.max(0, round.eligibleCount - participating) : 0;
  const quorumNeeded = Math.ceil((round.eligibleCount * round.quorumPercent) / 100);
  const isQuorumMet = participating >= quorumNeeded;
  const sides = agree + disagree + block;
  // Whole numbers on both sides, so 2 of 3 against a 66% threshold is decided without floating point.
  const isThresholdMet = agree > 0 && agree * 100 >= round.passThresholdPercent * sides;
  const openObjections = objections.filter((objection) => objection.state === "OPEN").length;
  return {
    agree,
    abstain,
    disagree,
    block,
    silentAbstain,
    participating,
    quorumNeeded,
    isQuorumMet,
    agreePercent: sides ? Math.round((agree * 100) / sides) : null,
    isThresholdMet,
    openObjections,
    passes: isQuorumMet && isThresholdMet && openObjections === 0,
  };
}
