import { describe, expect, it } from "vitest";
import { canChangeStatementEvidence, canEndorseStatement, canReadStatement, readableStatementStages, readableStatementsWhere, roles, type Actor, type Role } from "@/lib/permissions";

const actorFor = (role: Role): Actor => ({ userId: role === "anonymous" ? null : `${role}-id`, role });
/** One letter per role, anonymous → admin: Y allowed, . refused. */
const byRole = (decide: (actor: Actor) => boolean) => roles.map((role) => (decide(actorFor(role)) ? "Y" : ".")).join("");
const stages = ["DRAFT", "REVIEW", "VOTE", "PUBLISHED", "WITHDRAWN"] as const;

describe("statement rules", () => {
  it("published statements are everyone's to read; every other stage is the members'", () => {
    expect(byRole((actor) => canReadStatement(actor, { stage: "PUBLISHED" }))).toBe("YYYYY");
    for (const stage of ["DRAFT", "REVIEW", "VOTE", "WITHDRAWN"] as const)
      expect(
        byRole((actor) => canReadStatement(actor, { stage })),
        stage,
      ).toBe("..YYY");
  });

  it("the where-builder lists exactly the stages canReadStatement allows", () => {
    for (const role of roles) {
      const actor = actorFor(role);
      expect(readableStatementsWhere(actor)).toEqual({ stage: { in: readableStatementStages(actor) } });
      for (const stage of stages) expect(canReadStatement(actor, { stage })).toBe(readableStatementStages(actor).includes(stage));
    }
  });

  it("members change the evidence in draft and review only", () => {
    for (const stage of ["DRAFT", "REVIEW"] as const)
      expect(
        byRole((actor) => canChangeStatementEvidence(actor, { stage })),
        stage,
      ).toBe("..YYY");
    for (const stage of ["VOTE", "PUBLISHED", "WITHDRAWN"] as const)
      expect(
        byRole((actor) => canChangeStatementEvidence(actor, { stage })),
        stage,
      ).toBe(".....");
  });

  it("signed-in people endorse published statements only", () => {
    expect(byRole((actor) => canEndorseStatement(actor, { stage: "PUBLISHED" }))).toBe(".YYYY");
    for (const stage of ["DRAFT", "REVIEW", "VOTE", "WITHDRAWN"] as const)
      expect(
        byRole((actor) => canEndorseStatement(actor, { stage })),
        stage,
      ).toBe(".....");
  });
});
