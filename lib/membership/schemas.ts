import { z } from "zod";
import { formCheckbox, formList, formVersion, recordId } from "@/lib/validation/form-fields";

/** Limits on what a person and the chairs type (what the forms show). */
export const membershipLimits = {
  affiliation: 200,
  roleAtAffiliation: 120,
  statementOfInterestMin: 20,
  statementOfInterest: 2_000,
  conflictsOfInterest: 1_000,
  maxAreas: 20,
  declineReason: 1_000,
  message: 2_000,
} as const;

export const affiliationKinds = ["university", "hpc-centre", "national-lab", "company", "other"] as const;
export type AffiliationKind = (typeof affiliationKinds)[number];
export const affiliationKindLabels: Record<AffiliationKind, string> = {
  university: "University",
  "hpc-centre": "HPC centre",
  "national-lab": "National laboratory",
  company: "Company",
  other: "Other",
};

/** ISO 3166-1 alpha-2: the 249 officially assigned codes. Names come from `Intl.DisplayNames` where shown. */
export const countryCodes = new Set(
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW".split(
    " ",
  ),
);

/**
 * An ORCID iD in its stored form (0000-0000-0000-000X), or null when it is
 * not one: 16 characters, the last the ISO 7064 mod 11-2 check character of
 * the other 15 digits. Accepts the iD as people paste it: with or without
 * hyphens or spaces, as an orcid.org URL, with a lower-case x.
 */
export function normalizeOrcid(raw: string): string | null {
  const compact = raw
    .trim()
    .replace(/^(?:https?:\/\/)?(?:www\.)?orcid\.org\//i, "")
    .replace(/[\s-]/g, "")
    .toUpperCase();
  if (!/^\d{15}[\dX]$/.test(compact)) return null;
  if (orcidCheckCharacter(compact.slice(0, 15)) !== compact[15]) return null;
  return compact.match(/.{4}/g)!.join("-");
}

/** ISO 7064 mod 11-2 over the 15 base digits, as ORCID specifies it. */
export function orcidCheckCharacter(baseDigits: string): string {
  let total = 0;
  for (const digit of baseDigits) total = (total + Number(digit)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? "X" : String(result);
}

/** GitHub's rules for a user name: 1 to 39 letters, digits or single hyphens, not starting or ending with a hyphen. */
export const githubHandlePattern = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;

/** Text of one line: runs of spaces become one space. */
const oneLine = (what: string, min: number, max: number) =>
  z
    .string({ message: `Give your ${what}.` })
    .transform((value) => value.replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .min(min, { message: `Give your ${what}.` })
        .max(max, { message: `Keep your ${what} under ${max} characters.` }),
    );

/** Markdown as typed, its CRLF line breaks (a textarea's) made LF. */
const markdown = (message: string, min: number, max: number, tooLong: string) =>
  z
    .string({ message })
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().min(min, { message }).max(max, { message: tooLong }));

/** An optional field: empty means not given (null). */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value), schema.nullable());

export const orcidSchema = z.string().transform((value, context) => {
  const orcid = normalizeOrcid(value);
  if (!orcid) {
    context.addIssue({ code: "custom", message: "That is not a valid ORCID iD: it has 16 characters (0000-0000-0000-000X) and its last one is a check digit. Copy it from your ORCID record." });
    return z.NEVER;
  }
  return orcid;
});

export const githubHandleSchema = z
  .string()
  .transform((value) => value.trim().replace(/^@/, ""))
  .pipe(z.string().regex(githubHandlePattern, { message: "That cannot be a GitHub user name: 1 to 39 letters, digits or single hyphens, not starting or ending with a hyphen." }));

export const countrySchema = z
  .string({ message: "Choose your country." })
  .transform((value) => value.trim().toUpperCase())
  .pipe(z.string().refine((code) => countryCodes.has(code), { message: "Choose your country from the list (an ISO 3166-1 two-letter code)." }));

/** A request to join, as the form sends it. The use case checks the areas against the ones that exist. */
export const membershipRequestInputSchema = z.object({
  affiliation: oneLine("affiliation (institution, HPC centre or company)", 2, membershipLimits.affiliation),
  affiliationKind: z.enum(affiliationKinds, { message: "Choose what kind of place your affiliation is." }),
  roleAtAffiliation: oneLine("role there", 2, membershipLimits.roleAtAffiliation),
  country: countrySchema,
  areas: formList(z.string().regex(/^[a-z0-9-]{1,40}$/, { message: "Unknown area." })).pipe(
    z
      .array(z.string())
      .min(1, { message: "Choose at least one area you care about." })
      .max(membershipLimits.maxAreas, { message: `Choose at most ${membershipLimits.maxAreas} areas.` }),
  ),
  statementOfInterest: markdown(
    `Say in a few sentences why you want to join (at least ${membershipLimits.statementOfInterestMin} characters).`,
    membershipLimits.statementOfInterestMin,
    membershipLimits.statementOfInterest,
    `Keep your statement under ${membershipLimits.statementOfInterest.toLocaleString("en")} characters.`,
  ),
  orcid: optional(orcidSchema),
  githubHandle: optional(githubHandleSchema),
  conflictsOfInterest: optional(markdown("Declare your conflicts of interest, or leave this empty.", 1, membershipLimits.conflictsOfInterest, `Keep this under ${membershipLimits.conflictsOfInterest.toLocaleString("en")} characters.`)),
  isPublicListingConsented: formCheckbox,
});
export type MembershipRequestInput = z.infer<typeof membershipRequestInputSchema>;

export const membershipRequestIdSchema = recordId("membership request");

export const declineReasonSchema = markdown("Say why the request is declined: the person sees it.", 3, membershipLimits.declineReason, `Keep the reason under ${membershipLimits.declineReason.toLocaleString("en")} characters.`);

export const membershipMessageSchema = markdown("Write the message.", 1, membershipLimits.message, `Keep the message under ${membershipLimits.message.toLocaleString("en")} characters.`);

/** What the queue's and the request page's forms send to their Server Actions. */
export const membershipRequestRefSchema = z.object({ requestId: membershipRequestIdSchema });
export const declineMembershipRequestSchema = z.object({ requestId: membershipRequestIdSchema, reason: declineReasonSchema });
export const membershipMessageInputSchema = z.object({ requestId: membershipRequestIdSchema, body: membershipMessageSchema });

export const suspensionReasonSchema = markdown("Say why the member is suspended: they see it.", 3, membershipLimits.declineReason, `Keep the reason under ${membershipLimits.declineReason.toLocaleString("en")} characters.`);

/** What the chairs' controls on a member's page send. `version` is the membership as the chair saw it. */
export const memberRefSchema = z.object({ userId: z.string().trim().min(1, { message: "Unknown member." }).max(40, { message: "Unknown member." }), version: formVersion });
export const suspendMemberSchema = memberRefSchema.extend({ reason: suspensionReasonSchema });

/** How long an invitation link works. */
export const invitationValidDays = 14;

/** A chair's invitation, as the form sends it. */
export const invitationInputSchema = z.object({
  email: z
    .string({ message: "Give the email address to invite." })
    .transform((value) => value.trim().toLowerCase())
    .pipe(z.email({ message: "That is not an email address." }).max(254, { message: "That email address is too long." })),
  affiliation: optional(oneLine("affiliation (institution, HPC centre or company)", 2, membershipLimits.affiliation)),
  message: optional(markdown("Write a line for the person, or leave this empty.", 1, membershipLimits.message, `Keep the message under ${membershipLimits.message.toLocaleString("en")} characters.`)),
});
export type InvitationInput = z.infer<typeof invitationInputSchema>;

export const invitationIdSchema = recordId("invitation");
export const invitationRefSchema = z.object({ invitationId: invitationIdSchema });
/** The token in an invitation link: 32 random bytes, base64url (43 characters). */
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { message: "That invitation link is not complete; copy the whole link from the email." });
export const acceptInvitationInputSchema = membershipRequestInputSchema.extend({ token: invitationTokenSchema });
