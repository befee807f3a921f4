import { describe, expect, it } from "vitest";
import { actionItemIdSchema, updateActionItemSchema } from "@/lib/action-items/schemas";
import { changeStatusSchema, editReportSchema, painPointIdSchema, unlinkPepSchema } from "@/lib/pain-points/schemas";
import { assessmentInputSchema, pepToggleSchema } from "@/lib/peps/schemas";
import { editPollSchema, pollIdSchema, voteSchema } from "@/lib/polls/schemas";
import { askQuestionSchema, hideReasonSchema, questionBodySchema } from "@/lib/questions/schemas";
import { searchTextSchema } from "@/lib/search/schemas";
import { agendaStepSchema } from "@/lib/sessions/agenda-live";
import { editSessionFormSchema, sessionIdSchema } from "@/lib/sessions/schemas";
import { recordId, storedInteger } from "@/lib/validation/form-fields";
import { controlCharacterMessage, fieldsWithControlCharacters, hasControlCharacters, stripControlCharacters, withoutControlCharacters } from "@/lib/validation/text";

/**
 * Input hygiene at the trust boundary (issue 18): text with a control
 * character is refused at its field, and every id, version and position sent
 * is one PostgreSQL's `integer` can hold, so neither reaches the database as
 * an internal error.
 */

describe("control characters", () => {
  it("finds NUL, the other C0 characters and DEL, but not tabs, line breaks or other text", () => {
    for (const text of ["a\u0000b", "\u0001", "\u0008", "\u000B", "\u000C", "\u000E", "\u001B[31m", "\u001F", "\u007F"]) expect(hasControlCharacters(text), JSON.stringify(text)).toBe(true);
    for (const text of ["", "plain", "tab\there", "line\nbreak", "windows\r\nline", "Grüße, 日本語, emoji 🐍", "\u00A0non-breaking", "\u200Bzero width"]) expect(hasControlCharacters(text), JSON.stringify(text)).toBe(false);
  });

  it("strips every one of them and keeps the rest", () => {
    expect(stripControlCharacters("a\u0000b\u0007c\td\ne\u007F\u0000")).toBe("abc\td\ne");
  });

  it("refuses at the field with the one message", () => {
    const result = withoutControlCharacters.safeParse("Title\u0000");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(controlCharacterMessage);
    expect(withoutControlCharacters.safeParse("Title\twith\ntabs").success).toBe(true);
  });

  it("names the fields of a post that hold one: nested dotted, repeated fields once, rows of fields by row", () => {
    expect(fieldsWithControlCharacters({ title: "ok", description: "bad\u0000", expectedVersion: 3, isPublic: true })).toEqual(["description"]);
    expect(fieldsWithControlCharacters({ options: ["NumPy", "Cu\u0000Py", "J\u0000AX"] })).toEqual(["options"]);
    expect(fieldsWithControlCharacters({ moderation: { type: "hide", reason: "spam\u0000" } })).toEqual(["moderation.reason"]);
    expect(
      fieldsWithControlCharacters({
        agenda: [
          { title: "Intro", speaker: "", minutes: "5" },
          { title: "", speaker: "", minutes: "" },
          { title: "Talk\u0000", speaker: "A\u0001", minutes: "10" },
        ],
      }),
    ).toEqual(["agenda.2.title", "agenda.2.speaker"]);
    expect(fieldsWithControlCharacters("\u0000")).toEqual([""]);
    expect(fieldsWithControlCharacters({ title: "clean", notes: "tab\tand\nlines" })).toEqual([]);
    expect(fieldsWithControlCharacters(null)).toEqual([]);
  });

  it("is applied by the schemas parsed outside a Server Action's boundary", () => {
    expect(questionBodySchema.safeParse("Why\u0000 is this slow?").error?.issues[0]?.message).toBe(controlCharacterMessage);
    expect(hideReasonSchema.safeParse("spam\u0000").error?.issues[0]?.message).toBe(controlCharacterMessage);
    expect(searchTextSchema.safeParse("numpy\u0000").error?.issues[0]?.message).toBe(controlCharacterMessage);
    expect(questionBodySchema.safeParse("Why is this slow?").success).toBe(true);
  });
});

describe("ids, versions and positions PostgreSQL's integer holds", () => {
  const tooLarge = ["2147483648", 2_147_483_648, "99999999999", 1e300, "1e10"];

  it("recordId and storedInteger take 1 … 2147483647 and refuse the rest with their message", () => {
    const id = recordId("poll");
    expect(id.parse("2147483647")).toBe(2_147_483_647);
    expect(id.parse("1")).toBe(1);
    for (const value of [...tooLarge, "0", "-1", "1.5", "abc", "", Number.NaN, Number.POSITIVE_INFINITY]) {
      const result = id.safeParse(value);
      expect(result.success, String(value)).toBe(false);
      expect(new Set(result.error?.issues.map((issue) => issue.message))).toEqual(new Set(["Unknown poll."]));
    }
    expect(storedInteger("No.", 0).parse("0")).toBe(0);
  });

  const refusals: [string, () => { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }, string][] = [
    ["session id", () => sessionIdSchema.safeParse("2147483648"), "Unknown session."],
    ["poll id", () => pollIdSchema.safeParse("99999999999"), "Unknown poll."],
    ["poll expectedVersion", () => editPollSchema.shape.expectedVersion.safeParse("2147483648"), "The form is out of date; reload the page."],
    ["poll option id", () => voteSchema.safeParse({ optionIds: ["2147483648"] }), "Unknown option."],
    ["agenda position", () => agendaStepSchema.safeParse({ step: "start", position: "2147483648" }), "The agenda has no such item."],
    ["pain point id", () => painPointIdSchema.safeParse("99999999999"), "Unknown report."],
    ["pain point expectedVersion", () => editReportSchema.shape.expectedVersion.safeParse("2147483648"), "The form is out of date; reload the page."],
    ["duplicate-of id", () => changeStatusSchema.shape.duplicateOfId.safeParse("2147483648"), "Give the number of the original report."],
    ["unlinked PEP number", () => unlinkPepSchema.shape.pepNumber.safeParse("100000"), "Unknown PEP."],
    ["PEP number", () => pepToggleSchema.shape.pepNumber.safeParse("2147483648"), "Unknown PEP."],
    ["assessment expectedVersion", () => assessmentInputSchema.shape.expectedVersion.safeParse("2147483648"), "The form is out of date; reload the page."],
    ["action item id", () => actionItemIdSchema.safeParse("2147483648"), "Unknown action item."],
    ["action item expectedVersion", () => updateActionItemSchema.shape.expectedVersion.safeParse("2147483648"), "The form is out of date; reload the page."],
    ["question's session id", () => askQuestionSchema.shape.sessionId.safeParse("2147483648"), "Unknown session."],
    ["edited session id", () => editSessionFormSchema.safeParse({ sessionId: "2147483648", version: "x" }), "The form is out of date; reload the page."],
  ];

  it.each(refusals)("refuses a %s over the limit with its message", (_name, parse, message) => {
    const result = parse();
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain(message);
  });

  it("still takes the largest one", () => {
    expect(pollIdSchema.parse("2147483647")).toBe(2_147_483_647);
    expect(changeStatusSchema.shape.duplicateOfId.parse("")).toBeUndefined();
    expect(agendaStepSchema.parse({ step: "start", position: "0" })).toEqual({ step: "start", position: 0 });
  });
});
