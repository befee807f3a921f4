import { z } from "zod";
import { formList } from "@/lib/validation/form-fields";

/** Limits on the charter's texts, and the bounds of its settings (what the form shows). */
export const charterLimits = {
  text: 20_000,
  reason: 500,
} as const;

/**
 * The settings later rules read, with their bounds and what they default to
 * (a starting charter uses the defaults: seven days of review as the Python
 * C API working group and PEP 731 use; a year of inactivity, where PEP 13
 * gives core developers two).
 */
export const charterSettings = {
  quorumPercent: { label: "Quorum", unit: "% of active voting members", min: 1, max: 100, default: 50, hint: "A vote counts only when at least this share of active members took part." },
  passThresholdPercent: { label: "Pass threshold", unit: "% of votes for", min: 50, max: 100, default: 66, hint: "Share of the votes for and against (abstentions left out) a statement needs to pass." },
  minReviewDays: { label: "Minimum review", unit: "days", min: 1, max: 90, default: 7, hint: "Time between a statement entering review and its vote closing, at least." },
  silenceAbstainDays: { label: "Silence counts as abstaining after", unit: "days", min: 1, max: 60, default: 7, hint: "A member who has not voted this long after a vote opened counts as abstaining." },
  voteReminderIntervalDays: {
    label: "Reminders to vote every",
    unit: "days",
    min: 1,
    max: 30,
    default: 2,
    hint: "Members who have not voted, or must reconfirm a vote on an earlier text, are reminded a day after a vote opens and then this often until it closes.",
  },
  inactiveAfterMonths: {
    label: "Inactive after",
    unit: "months",
    min: 1,
    max: 60,
    default: 12,
    hint: "No vote, statement edit, session attendance or reaffirmation for this long makes a member inactive: they do not count for quorum until they reaffirm.",
  },
  declineCooldownDays: { label: "Asking again after a decline", unit: "days", min: 0, max: 365, default: 30, hint: "How long a person whose request was declined waits before they may ask again." },
} as const;
export type CharterSettingName = keyof typeof charterSettings;
export const charterSettingNames = Object.keys(charterSettings) as CharterSettingName[];
export type CharterSettings = Record<CharterSettingName, number>;
export const defaultCharterSettings = Object.fromEntries(charterSettingNames.map((name) => [name, charterSettings[name].default])) as CharterSettings;

const setting = (name: CharterSettingName) => {
  const { label, min, max, unit } = charterSettings[name];
  const message = `${label}: give a whole number from ${min} to ${max} (${unit}).`;
  return z.coerce.number({ message }).int({ message }).min(min, { message }).max(max, { message });
};

/** Texts as typed: a browser posts a textarea's line breaks as CRLF, which would show as a change of every line in the history's diff. */
const text = (what: string, min: number) =>
  z
    .string({ message: `Write the ${what}.` })
    .transform((value) => value.replace(/\r\n?/g, "\n"))
    .pipe(
      z
        .string()
        .trim()
        .min(min, { message: `Write the ${what} (at least ${min} characters).` })
        .max(charterLimits.text, { message: `Keep the ${what} under ${charterLimits.text.toLocaleString("en")} characters.` }),
    );

export const charterInputSchema = z.object({
  purpose: text("purpose", 20),
  scopeAreas: formList(z.string().regex(/^[a-z0-9-]{1,40}$/, { message: "Unknown area." })).pipe(z.array(z.string()).min(1, { message: "Choose at least one area the group speaks on." })),
  decisionMaking: text("description of how the group decides", 20),
  codeOfConduct: text("code of conduct", 20),
  ...(Object.fromEntries(charterSettingNames.map((name) => [name, setting(name)])) as Record<CharterSettingName, ReturnType<typeof setting>>),
  reason: z
    .string({ message: "Say what changed and why." })
    .trim()
    .min(3, { message: "Say what changed and why, in a few words." })
    .max(charterLimits.reason, { message: `Keep the reason under ${charterLimits.reason} characters.` }),
  expectedVersion: z.coerce.number({ message: "The form is out of date; reload the page." }).int().min(1).max(2_147_483_647),
});
export type CharterInput = z.infer<typeof charterInputSchema>;
