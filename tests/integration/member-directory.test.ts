import { beforeEach, describe, expect, it } from "vitest";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as listMembersRoute } from "@/app/api/v1/members/route";
import { db } from "@/lib/db";
import { countMemberDirectory } from "@/lib/membership/count-member-directory";
import { directoryQuerySchema, type DirectoryQuery } from "@/lib/membership/directory";
import { getMember } from "@/lib/membership/get-member";
import { listMembers } from "@/lib/membership/list-members";
import { anonymousActor, type Actor } from "@/lib/permissions";
import { seedDatabase } from "@/lib/seed/seed-database";
import { demoMembersStep } from "@/lib/seed/demo-members";
import { createMember, createPerson } from "../support/factories";

beforeEach(async () => {
  await seedDatabase({ withDemoData: false });
});

const query = (overrides: Partial<DirectoryQuery> = {}): DirectoryQuery => ({ ...directoryQuerySchema.parse({}), ...overrides });
const monthsAgo = (months: number) => new Date(Date.now() - months * 31 * 86_400_000);

async function cast() {
  const listed = await createMember({ name: "Listed Lena", country: "SE", affiliationKind: "hpc-centre", areas: ["packaging", "concurrency"] });
  const unlisted = await createMember({ name: "Unlisted Uwe", consented: false });
  const suspended = await createMember({ name: "Suspended Sam", status: "SUSPENDED" });
  const left = await createMember({ name: "Former Fay", status: "LEFT" });
  const lapsed = await createMember({ name: "Lapsed Lou", lastActiveAt: monthsAgo(14), country: "FR" });
  return { listed, unlisted, suspended, left, lapsed };
}

const names = (items: { name: string }[]) => items.map((item) => item.name).sort();

describe("the member directory", () => {
  it("shows visitors, users and suspended members only consenting active members, and no statuses", async () => {
    await cast();
    const user = await createPerson({ role: "user" });
    for (const actor of [anonymousActor, user.actor]) {
      const { items, total } = await listMembers({ actor, query: query() });
      expect(names(items)).toEqual(["Lapsed Lou", "Listed Lena"]);
      expect(total).toBe(2);
      expect(items.every((item) => item.status === null && item.isPublicListingConsented === null)).toBe(true);
    }
  });

  it("shows members everyone current with a status computed from the clock; former members when asked for", async () => {
    const { lapsed } = await cast();
    const viewer = await createPerson({ role: "member" });
    const { items } = await listMembers({ actor: viewer.actor, query: query() });
    expect(Object.fromEntries(items.map((item) => [item.name, item.status]))).toEqual({ "Lapsed Lou": "inactive", "Listed Lena": "active", "Suspended Sam": "suspended", "Unlisted Uwe": "active" });
    expect((await listMembers({ actor: viewer.actor, query: query({ status: ["left"] }) })).items.map((item) => item.name)).toEqual(["Former Fay"]);
    expect(names((await listMembers({ actor: viewer.actor, query: query({ status: ["inactive", "suspended"] }) })).items)).toEqual(["Lapsed Lou", "Suspended Sam"]);

    // The same member, read a year and a half earlier, was active: inactivity is the clock's, not a stored flag.
    const earlier = await listMembers({ actor: viewer.actor, query: query({ q: "Lapsed" }), now: monthsAgo(13) });
    expect(earlier.items.map((item) => [item.userId, item.status])).toEqual([[lapsed.id, "active"]]);
  });

  it("ignores a status filter from someone who may not see statuses", async () => {
    await cast();
    const { items } = await listMembers({ actor: anonymousActor, query: query({ status: ["suspended"] }) });
    expect(names(items)).toEqual(["Lapsed Lou", "Listed Lena"]);
  });

  it("filters by area, affiliation kind, country and words", async () => {
    await cast();
    const viewer = await createPerson({ role: "chair" });
    const list = async (overrides: Partial<DirectoryQuery>) => names((await listMembers({ actor: viewer.actor, query: query(overrides) })).items);
    expect(await list({ area: ["concurrency"] })).toEqual(["Listed Lena"]);
    expect(await list({ kind: ["hpc-centre"] })).toEqual(["Listed Lena"]);
    expect(await list({ country: ["fr"] })).toEqual(["Lapsed Lou"]);
    expect(await list({ q: "uwe" })).toEqual(["Unlisted Uwe"]);
    expect(await list({ country: ["se"], kind: ["university"] })).toEqual([]);
  });

  it("counts only what the viewer may see, and gives members the quorum figure", async () => {
    await cast();
    const visitor = await countMemberDirectory({ actor: anonymousActor });
    expect(visitor.total).toBe(2);
    expect(visitor.byCountry).toEqual([
      { key: "FR", count: 1 },
      { key: "SE", count: 1 },
    ]);
    expect(visitor.statuses).toBeNull();
    expect(visitor.activeVotingMembers).toBeNull();

    const viewer = await createPerson({ role: "member" });
    const counts = await countMemberDirectory({ actor: viewer.actor });
    expect(counts.total).toBe(4);
    expect(counts.byCountry).toEqual([
      { key: "DE", count: 2 },
      { key: "FR", count: 1 },
      { key: "SE", count: 1 },
    ]);
    expect(Object.fromEntries(counts.statuses!.map((row) => [row.status, row.count]))).toEqual({ active: 2, inactive: 1, suspended: 1, left: 1 });
    // Listed Lena and Unlisted Uwe: not the inactive, suspended or former member (nor the viewer, who has no membership row).
    expect(counts.activeVotingMembers).toBe(2);
  });

  it("opens a member's page only for those who may read the entry", async () => {
    const { listed, unlisted, suspended, left } = await cast();
    const viewer = await createPerson({ role: "member" });
    expect((await getMember({ actor: anonymousActor, memberId: listed.id })).entry.name).toBe("Listed Lena");
    for (const hidden of [unlisted, suspended, left]) {
      await expect(getMember({ actor: anonymousActor, memberId: hidden.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect((await getMember({ actor: viewer.actor, memberId: hidden.id })).entry.userId).toBe(hidden.id);
    }
    await expect(getMember({ actor: viewer.actor, memberId: "no such id!" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lists a member's pain points only where the viewer may see the reporter, and the sessions they may read", async () => {
    const { listed } = await cast();
    const report = (title: string, isReporterPublic: boolean, isHidden = false) =>
      db.painPoint.create({ data: { title, description: "Imports are slow.", severity: "COSTS_HOURS", reporterId: listed.id, isReporterPublic, isHidden } });
    await report("Named report", true);
    await report("Anonymous report", false);
    await report("Hidden report", true, true);
    for (const [slug, visibility] of [["members-call", "MEMBERS"], ["open-bof", "PUBLIC"]] as const) {
      await db.bofSession.create({ data: { slug, title: slug, startsAt: new Date(), endsAt: new Date(Date.now() + 3_600_000), timeZone: "UTC", visibility, createdById: listed.id } });
    }
    const titles = async (actor: Actor) => {
      const page = await getMember({ actor, memberId: listed.id });
      return { reports: page.painPoints.items.map((item) => item.title).sort(), sessions: page.sessions.items.map((item) => item.slug).sort() };
    };
    expect(await titles(anonymousActor)).toEqual({ reports: ["Named report"], sessions: ["open-bof"] });
    expect(await titles((await createPerson({ role: "member" })).actor)).toEqual({ reports: ["Named report"], sessions: ["members-call", "open-bof"] });
    expect(await titles((await createPerson({ role: "chair" })).actor)).toEqual({ reports: ["Anonymous report", "Named report"], sessions: ["members-call", "open-bof"] });
    expect(await titles(listed.actor)).toEqual({ reports: ["Anonymous report", "Named report"], sessions: ["members-call", "open-bof"] });
  });
});

describe("GET /api/v1/members", () => {
  const request = (path: string) => new Request(`http://hub.test${path}`, { headers: { host: "hub.test" } });
  const list = async (search = "") => {
    const response = await listMembersRoute(request(`/api/v1/members${search}`));
    return { status: response.status, body: (await response.json()) as { total: number; items: { id: string; name: string; links: { html: string; orcid: string | null } }[]; nextCursor: string | null; error?: { problems: string[] } } };
  };

  it("returns the public entries only: never a non-consenting, suspended or former member", async () => {
    const { listed, lapsed, unlisted, suspended, left } = await cast();
    const { status, body } = await list();
    expect(status).toBe(200);
    expect(body.items.map((item) => item.id).sort()).toEqual([listed.id, lapsed.id].sort());
    for (const hidden of [unlisted, suspended, left]) expect(JSON.stringify(body)).not.toContain(hidden.id);
    expect(body.items[0]!.links).toMatchObject({ html: expect.stringMatching(/^http:\/\/hub\.test\/members\//), orcid: "https://orcid.org/0000-0002-1825-0097" });
  });

  it("filters and pages like the other lists, and refuses a status filter and unknown values", async () => {
    await cast();
    expect((await list("?country=se")).body.items.map((item) => item.name)).toEqual(["Listed Lena"]);
    const first = await list("?limit=1");
    expect(first.body.items).toHaveLength(1);
    const second = await list(`?limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.items[0]!.name).not.toBe(first.body.items[0]!.name);
    expect(second.body.nextCursor).toBeNull();
    const refused = await list("?status=suspended&kind=castle");
    expect(refused.status).toBe(400);
    expect(refused.body.error!.problems.join("\n")).toMatch(/status/);
    expect(refused.body.error!.problems.join("\n")).toMatch(/castle/);
  });

  it("is in the OpenAPI document with its filters", async () => {
    const document = (await (await getOpenApi(request("/api/v1/openapi.json"))).json()) as { paths: Record<string, { get: { parameters: { name: string }[] } }>; components: { schemas: Record<string, unknown> } };
    const parameters = document.paths["/api/v1/members"]!.get.parameters.map((parameter) => parameter.name);
    expect(parameters).toEqual(expect.arrayContaining(["q", "area", "kind", "country", "sort", "limit", "cursor"]));
    expect(parameters).not.toContain("status");
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(["Member", "MemberList"]));
  });
});

describe("the demo working group", () => {
  it("gives the demo members full entries, some unlisted, one inactive, one suspended, with open and declined requests, and runs again harmlessly", async () => {
    await seedDatabase({ withDemoData: true });
    const chair = await createPerson({ role: "chair" });
    const { items } = await listMembers({ actor: chair.actor, query: query() });
    const statusOf = new Map(items.map((item) => [item.name, item.status]));
    expect(statusOf.get("Inès Fictional")).toBe("inactive");
    expect(statusOf.get("Omar Example")).toBe("suspended");
    expect(statusOf.get("Mia Member")).toBe("active");
    expect(items.find((item) => item.name === "Charlie Chair")?.affiliation).toBe("Fictional National Laboratory");
    const publicNames = names((await listMembers({ actor: anonymousActor, query: query() })).items);
    expect(publicNames).toContain("Mia Member");
    expect(publicNames).not.toContain("Lena Fictional");
    expect(publicNames).not.toContain("Omar Example");
    expect(new Set(items.map((item) => item.affiliationKind)).size).toBeGreaterThanOrEqual(4);

    const requests = await db.membershipRequest.findMany({ where: { status: { in: ["PENDING", "DECLINED"] } }, select: { status: true, declineReason: true, _count: { select: { messages: true } } } });
    expect(requests.filter((request) => request.status === "PENDING").map((request) => request._count.messages).sort()).toEqual([0, 2]);
    expect(requests.filter((request) => request.status === "DECLINED").map((request) => Boolean(request.declineReason))).toEqual([true]);
    // Browser tests ask to join as Uma User: she stays a user with no request.
    const uma = await db.user.findFirstOrThrow({ where: { name: "Uma User" }, select: { role: true, _count: { select: { membershipRequests: true } }, membership: true } });
    expect(uma).toMatchObject({ role: "USER", _count: { membershipRequests: 0 }, membership: null });

    const before = await db.membershipRequest.count();
    await demoMembersStep.run();
    expect(await db.membershipRequest.count()).toBe(before);
    expect(await db.membershipRequestMessage.count()).toBe(2);
  });
});
