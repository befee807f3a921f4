import { describe, expect, it } from "vitest";
import { canChangeStatementEvidence, canEndorseStatement, canReadStatement, readableStatementStages, readableStatementsWhere, roles, type Actor, type Role } from "@/lib/permissions";

const actorFor = (role: Role): Actor => ({ userId: role === "anonymous" ? null : `${role}-id`, role });
/** One letter per role, anonymous → admin: Y allowed, . refused. */
const byRole = (decide: (actor: Actor) => boolean) => roles.map((role) => (decide(actorFor(role)) ? "Y" : ".")).join("");
const stages = ["DRAFT", "REVIEW", "VOTE", "PUBLISHED", "WITHDRAWN"] as const;

/** Each rule by stage, as the letters of byRole. */
const matrix = {
  // Published statements are everyone's to read; every other stage is the members'.
  read: { rule: canReadStatement, DRAFT: "..YYY", REVIEW: "..YYY", VOTE: "..YYY", PUBLISHED: "YYYYY", WITHDRAWN: "..YYY" },
  // Members change the evidence in draft and review only.
  changeEvidence: { rule: canChangeStatementEvidence, DRAFT: "..YYY", REVIEW: "..YYY", VOTE: ".....", PUBLISHED: ".....", WITHDRAWN: "....." },
  // Signed-in people endorse published statements only.
  endorse: { rule: canEndorseStatement, DRAFT: ".....", REVIEW: ".....", VOTE: ".....", PUBLISHED: ".YYYY", WITHDRAWN: "....." },
};

describe("statement rules", () => {
  for (const [name, { rule, ...expected }] of Object.entries(matrix)) {
    it(`${name}, by stage and role`, () => {
      expect(Object.fromEntries(stages.map((stage) => [stage, byRole((actor) => rule(actor, { stage }))]))).toEqual(expected);
    });
  }

  it("the where-builder lists exactly the stages canReadStatement allows", () => {
    for (const role of roles) {
      const actor = actorFor(role);
      expect(readableStatementsWhere(actor)).toEqual({ stage: { in: readableStatementStages(actor) } });
      for (const stage of stages) expect(canReadStatement(actor, { stage })).toBe(readableStatementStages(actor).includes(stage));
    }
  });
});
