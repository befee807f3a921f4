import { z } from "zod";
import type { MemberEntryView } from "@/lib/membership/directory";
import { affiliationKinds } from "@/lib/membership/schemas";

/** The public read API's shape for a directory entry (the public fields only); it describes the response in the OpenAPI document too. */
export const apiMemberSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    headline: z.string().nullable(),
    affiliation: z.string().nullable().meta({ description: "Null for an entry made before the directory existed" }),
    affiliationKind: z.enum(affiliationKinds),
    roleAtAffiliation: z.string().nullable(),
    country: z.string().nullable().meta({ description: "ISO 3166-1 alpha-2, upper case" }),
    areas: z.array(z.string()),
    orcid: z.string().nullable(),
    githubHandle: z.string().nullable(),
    joinedAt: z.string(),
    links: z.object({ html: z.string(), orcid: z.string().nullable(), github: z.string().nullable() }),
  })
  .meta({ id: "Member" });

export const apiMemberListSchema = z.object({ total: z.number().int(), items: z.array(apiMemberSchema), nextCursor: z.string().nullable() }).meta({ id: "MemberList" });

export function toApiMember(entry: MemberEntryView, origin: string): z.infer<typeof apiMemberSchema> {
  return {
    id: entry.userId,
    name: entry.name,
    headline: entry.headline,
    affiliation: entry.affiliation,
    affiliationKind: entry.affiliationKind as z.infer<typeof apiMemberSchema>["affiliationKind"],
    roleAtAffiliation: entry.roleAtAffiliation,
    country: entry.country,
    areas: entry.areas,
    orcid: entry.orcid,
    githubHandle: entry.githubHandle,
    joinedAt: entry.joinedAt.toISOString(),
    links: { html: `${origin}/members/${entry.userId}`, orcid: entry.orcid ? `https://orcid.org/${entry.orcid}` : null, github: entry.githubHandle ? `https://github.com/${entry.githubHandle}` : null },
  };
}
