import { db } from "@/lib/db";
import { answerMembershipQuestion } from "@/lib/membership/answer-membership-question";
import { approveMembershipRequest } from "@/lib/membership/approve-membership-request";
import { askAboutMembershipRequest } from "@/lib/membership/ask-about-membership-request";
import { declineMembershipRequest } from "@/lib/membership/decline-membership-request";
import type { AffiliationKind } from "@/lib/membership/schemas";
import { requestMembership } from "@/lib/membership/request-membership";
import type { SeedStep } from "@/lib/seed/run-seed-steps";

/**
 * The demo working group: the demo chairs and members with full directory
 * entries, more fictional members from several kinds of institutions and
 * countries (some not listed publicly, one inactive, one suspended), two
 * open requests (one with a question and its answer) and a declined one.
 * Everyone is fictional (".invalid" addresses, "Example" and "Fictional"
 * institutions). Uma User stays a plain user with no request: browser tests
 * sign in as her to ask to join.
 */

interface DemoEntry {
  affiliation: string;
  affiliationKind: AffiliationKind;
  roleAtAffiliation: string;
  country: string;
  areas: string[];
  orcid?: string;
  githubHandle?: string;
  isPublicListingConsented: boolean;
}

const statement = "I run Python on shared clusters every week and want the working group to hear what our users meet: slow imports, packaging of MPI and tuned libraries, and parallelism tools that do not fit together.";

/** The demo people of demo-steps.ts who already are members or chairs: their entries. */
const existingMemberEntries: Record<string, DemoEntry> = {
  "charlie.chair@demo.pyhpc.invalid": { affiliation: "Fictional National Laboratory", affiliationKind: "national-lab", roleAtAffiliation: "Research software engineer", country: "US", areas: ["packaging", "startup-import"], orcid: "0000-0002-1825-0097", githubHandle: "charlie-chair-demo", isPublicListingConsented: true },
  "chandra.chair@demo.pyhpc.invalid": { affiliation: "Example State University", affiliationKind: "university", roleAtAffiliation: "HPC user support lead", country: "IN", areas: ["concurrency", "jit-performance"], isPublicListingConsented: true },
  "mia.member@demo.pyhpc.invalid": { affiliation: "Example Institute of Technology", affiliationKind: "university", roleAtAffiliation: "Computational scientist", country: "DE", areas: ["startup-import", "array-api"], githubHandle: "mia-member-demo", isPublicListingConsented: true },
  "max.member@demo.pyhpc.invalid": { affiliation: "Example Array Project", affiliationKind: "other", roleAtAffiliation: "Maintainer", country: "NL", areas: ["array-api", "c-api"], isPublicListingConsented: false },
};

type Fate = "active" | "inactive" | "suspended";
const newMembers: { email: string; name: string; headline: string; entry: DemoEntry; fate: Fate; joinedMonthsAgo: number }[] = [
  { email: "priya.example@demo.pyhpc.invalid", name: "Priya Example", headline: "Application scientist, Example Supercomputing Centre", fate: "active", joinedMonthsAgo: 10, entry: { affiliation: "Example Supercomputing Centre", affiliationKind: "hpc-centre", roleAtAffiliation: "Application scientist", country: "DE", areas: ["startup-import", "packaging"], githubHandle: "priya-example-demo", isPublicListingConsented: true } },
  { email: "tomas.fictional@demo.pyhpc.invalid", name: "Tomás Fictional", headline: "Lecturer in scientific computing", fate: "active", joinedMonthsAgo: 8, entry: { affiliation: "Fictional Technical University", affiliationKind: "university", roleAtAffiliation: "Lecturer", country: "ES", areas: ["array-api", "jit-performance"], isPublicListingConsented: true } },
  { email: "aiko.example@demo.pyhpc.invalid", name: "Aiko Example", headline: "Compiler engineer, Example Computing Company", fate: "active", joinedMonthsAgo: 6, entry: { affiliation: "Example Computing Company", affiliationKind: "company", roleAtAffiliation: "Compiler engineer", country: "JP", areas: ["jit-performance", "c-api"], githubHandle: "aiko-example-demo", isPublicListingConsented: true } },
  { email: "kofi.example@demo.pyhpc.invalid", name: "Kofi Example", headline: "PhD candidate in computational physics", fate: "active", joinedMonthsAgo: 3, entry: { affiliation: "Example University of Science", affiliationKind: "university", roleAtAffiliation: "PhD candidate", country: "GH", areas: ["concurrency"], isPublicListingConsented: true } },
  { email: "lena.fictional@demo.pyhpc.invalid", name: "Lena Fictional", headline: "Data engineer, Fictional Climate Institute", fate: "active", joinedMonthsAgo: 5, entry: { affiliation: "Fictional Climate Institute", affiliationKind: "national-lab", roleAtAffiliation: "Data engineer", country: "SE", areas: ["packaging", "concurrency"], isPublicListingConsented: false } },
  { email: "rosa.example@demo.pyhpc.invalid", name: "Rosa Example", headline: "Systems administrator, Example Polytechnic", fate: "active", joinedMonthsAgo: 4, entry: { affiliation: "Example Polytechnic", affiliationKind: "university", roleAtAffiliation: "Systems administrator", country: "BR", areas: ["packaging"], isPublicListingConsented: false } },
  { email: "ines.fictional@demo.pyhpc.invalid", name: "Inès Fictional", headline: "User support, Example National HPC Centre", fate: "inactive", joinedMonthsAgo: 20, entry: { affiliation: "Example National HPC Centre", affiliationKind: "hpc-centre", roleAtAffiliation: "User support engineer", country: "FR", areas: ["startup-import"], isPublicListingConsented: true } },
  { email: "omar.example@demo.pyhpc.invalid", name: "Omar Example", headline: "Consultant, Fictional Data Company", fate: "suspended", joinedMonthsAgo: 9, entry: { affiliation: "Fictional Data Company", affiliationKind: "company", roleAtAffiliation: "Consultant", country: "CA", areas: ["array-api"], isPublicListingConsented: true } },
];

const applicants = {
  waiting: { email: "nia.applicant@demo.pyhpc.invalid", name: "Nia Applicant", headline: "Research software engineer, Example Marine Laboratory", entry: { affiliation: "Example Marine Laboratory", affiliationKind: "national-lab", roleAtAffiliation: "Research software engineer", country: "NO", areas: ["concurrency", "packaging"], isPublicListingConsented: true } },
  asked: { email: "jon.applicant@demo.pyhpc.invalid", name: "Jon Applicant", headline: "Founder, Example Cluster Tools", entry: { affiliation: "Example Cluster Tools", affiliationKind: "company", roleAtAffiliation: "Founder", country: "AU", areas: ["packaging"], isPublicListingConsented: false } },
  declined: { email: "dana.declined@demo.pyhpc.invalid", name: "Dana Declined", headline: "Marketing lead, Fictional Cloud Reseller", entry: { affiliation: "Fictional Cloud Reseller", affiliationKind: "company", roleAtAffiliation: "Marketing lead", country: "GB", areas: ["jit-performance"], isPublicListingConsented: true } },
} satisfies Record<string, { email: string; name: string; headline: string; entry: DemoEntry }>;

const monthsAgo = (months: number, now: Date) => {
  const date = new Date(now);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
};

async function demoUser({ email, name, headline }: { email: string; name: string; headline: string }) {
  return db.user.upsert({ where: { email }, create: { email, name, headline, role: "USER", isDemo: true, emailVerified: new Date() }, update: {}, select: { id: true, role: true } });
}

/** Sends the person's request through the real use case, unless they already have one (the step may run again after a crash). */
async function demoRequest(userId: string, entry: DemoEntry) {
  const existing = await db.membershipRequest.findFirst({ where: { userId }, orderBy: { id: "desc" }, select: { id: true, status: true } });
  if (existing) return existing;
  const { id } = await requestMembership({ actor: { userId, role: "user" }, input: { ...entry, statementOfInterest: statement } });
  return { id, status: "PENDING" as const };
}

export const demoMembersStep: SeedStep = {
  id: "demo:members",
  description: "Adding the demo working group: directory entries (some unlisted, one inactive, one suspended), open requests with a question thread, a declined one",
  async run() {
    const now = new Date();
    const chairs = await db.user.findMany({ where: { email: { in: ["charlie.chair@demo.pyhpc.invalid", "chandra.chair@demo.pyhpc.invalid"] } }, select: { id: true, email: true } });
    const charlie = chairs.find((chair) => chair.email === "charlie.chair@demo.pyhpc.invalid");
    const chandra = chairs.find((chair) => chair.email === "chandra.chair@demo.pyhpc.invalid");
    if (!charlie || !chandra) return;
    const chair = { userId: charlie.id, role: "chair" as const };

    // The migration gave existing members an empty entry; the demo fills it in.
    for (const [email, entry] of Object.entries(existingMemberEntries)) {
      const person = await db.user.findUnique({ where: { email }, select: { id: true } });
      if (!person) continue;
      const joinedAt = monthsAgo(12, now);
      await db.membership.upsert({ where: { userId: person.id }, create: { userId: person.id, ...entry, joinedAt, lastActiveAt: now }, update: { ...entry, joinedAt } });
    }

    for (const member of newMembers) {
      const { id: userId } = await demoUser(member);
      const request = await demoRequest(userId, member.entry);
      if (request.status === "PENDING") await approveMembershipRequest({ actor: chair, requestId: request.id, now });
      const joinedAt = monthsAgo(member.joinedMonthsAgo, now);
      await db.membershipRequest.update({ where: { id: request.id }, data: { createdAt: joinedAt, decidedAt: joinedAt } });
      await db.membership.update({
        where: { userId },
        data: {
          joinedAt,
          lastActiveAt: member.fate === "inactive" ? monthsAgo(14, now) : monthsAgo(1, now),
          ...(member.fate === "suspended" ? { status: "SUSPENDED", suspendedAt: monthsAgo(1, now), suspendedById: chandra.id, suspensionReason: "Repeated promotional posts in the working group's threads after a warning; see the code of conduct." } : {}),
        },
      });
    }

    const waiting = await demoUser(applicants.waiting);
    await demoRequest(waiting.id, applicants.waiting.entry);

    const asked = await demoUser(applicants.asked);
    const askedRequest = await demoRequest(asked.id, applicants.asked.entry);
    if (askedRequest.status === "PENDING" && (await db.membershipRequestMessage.count({ where: { requestId: askedRequest.id } })) === 0) {
      await askAboutMembershipRequest({ actor: chair, requestId: askedRequest.id, body: "Thank you for asking. Your company sells cluster tooling: could you say how you would keep the group's statements separate from your product's interests?" });
      await answerMembershipQuestion({
        actor: { userId: asked.id, role: "user" },
        requestId: askedRequest.id,
        body: "Fair question. I would declare the conflict on every statement I comment on and not vote on anything about packaging tools we sell.",
      });
    }

    const declined = await demoUser(applicants.declined);
    const declinedRequest = await demoRequest(declined.id, applicants.declined.entry);
    if (declinedRequest.status === "PENDING") {
      await declineMembershipRequest({
        actor: chair,
        requestId: declinedRequest.id,
        reason: "The working group is for people who run or support Python on HPC systems; your request describes reselling cloud capacity. You are welcome to follow the public sessions and report pain points.",
        now,
      });
    }
  },
};
