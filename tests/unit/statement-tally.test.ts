import { describe, expect, it } from "vitest";
import { tallyRound, type TallyRound, type TallyVote } from "@/lib/statements/tally";
import type { VoteChoice } from "@/lib/statements/schemas";

const openedAt = new Date("2027-01-01T12:00:00Z");
const round = (overrides: Partial<TallyRound> = {}): TallyRound => ({ textVersionId: 7, openedAt, quorumPercent: 50, passThresholdPercent: 66, silenceAbstainDays: 7, eligibleCount: 10, ...overrides });
const votes = (counts: Partial<Record<VoteChoice, number>>, textVersionId = 7): TallyVote[] => Object.entries(counts).flatMap(([choice, count]) => Array.from({ length: count }, () => ({ choice: choice as VoteChoice, textVersionId })));
const dayAfterOpening = new Date(openedAt.getTime() + 86_400_000);

describe("tallyRound", () => {
  it("meets quorum exactly at ceil(eligible × quorum%) and not one below", () => {
    expect(tallyRound(round(), votes({ AGREE: 5 }), [], dayAfterOpening)).toMatchObject({ quorumNeeded: 5, participating: 5, isQuorumMet: true, passes: true });
    expect(tallyRound(round(), votes({ AGREE: 4 }), [], dayAfterOpening)).toMatchObject({ isQuorumMet: false, passes: false });
    // 7 eligible at 50% needs 4 (3.5 rounded up).
    expect(tallyRound(round({ eligibleCount: 7 }), votes({ AGREE: 3 }), [], dayAfterOpening)).toMatchObject({ quorumNeeded: 4, isQuorumMet: false });
  });

  it("counts explicit abstentions toward quorum but leaves them out of the threshold", () => {
    const tally = tallyRound(round(), votes({ AGREE: 2, ABSTAIN: 3 }), [], dayAfterOpening);
    expect(tally).toMatchObject({ participating: 5, isQuorumMet: true, agreePercent: 100, passes: true });
  });

  it("passes with the threshold exactly met and fails one vote short", () => {
    // 66% of 3 sides is 1.98: 2 agree of 3 passes.
    expect(tallyRound(round({ eligibleCount: 3, passThresholdPercent: 66 }), votes({ AGREE: 2, DISAGREE: 1 }), [], dayAfterOpening).isThresholdMet).toBe(true);
    // 75% of 4 is exactly 3.
    expect(tallyRound(round({ eligibleCount: 4, passThresholdPercent: 75 }), votes({ AGREE: 3, DISAGREE: 1 }), [], dayAfterOpening).isThresholdMet).toBe(true);
    expect(tallyRound(round({ eligibleCount: 4, passThresholdPercent: 75 }), votes({ AGREE: 2, DISAGREE: 1, BLOCK: 1 }), [], dayAfterOpening).isThresholdMet).toBe(false);
  });

  it("does not pass when everyone abstains, nor with nobody eligible", () => {
    expect(tallyRound(round(), votes({ ABSTAIN: 10 }), [], dayAfterOpening)).toMatchObject({ isQuorumMet: true, agreePercent: null, isThresholdMet: false, passes: false });
    expect(tallyRound(round({ eligibleCount: 0 }), [], [], dayAfterOpening)).toMatchObject({ quorumNeeded: 0, isQuorumMet: true, passes: false });
  });

  it("does not pass while an objection is open, and passes once it is resolved", () => {
    const cast = votes({ AGREE: 8, BLOCK: 1 });
    expect(tallyRound(round(), cast, [{ state: "OPEN" }], dayAfterOpening)).toMatchObject({ openObjections: 1, passes: false });
    expect(tallyRound(round(), cast, [{ state: "OVERRULED" }, { state: "WITHDRAWN" }, { state: "ADDRESSED" }], dayAfterOpening)).toMatchObject({ openObjections: 0, passes: true });
  });

  it("counts silent members as abstaining once the silence period passed, without counting them toward quorum", () => {
    const cast = votes({ AGREE: 3 });
    expect(tallyRound(round(), cast, [], new Date(openedAt.getTime() + 7 * 86_400_000 - 1)).silentAbstain).toBe(0);
    expect(tallyRound(round(), cast, [], new Date(openedAt.getTime() + 7 * 86_400_000))).toMatchObject({ silentAbstain: 7, participating: 3, isQuorumMet: false });
  });

  it("ignores votes cast on another text version", () => {
    expect(tallyRound(round(), [...votes({ AGREE: 5 }, 6), ...votes({ DISAGREE: 1 })], [], dayAfterOpening)).toMatchObject({ agree: 0, disagree: 1, participating: 1 });
  });
});
