import { beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { db } from "@/lib/db";
import { NOTES_TEXT_FIELD } from "@/lib/notes/note-document";
import { asBytes } from "@/lib/notes/note-persistence";
import { anonymousActor, policyRoleOf } from "@/lib/permissions";
import { seedDatabase } from "@/lib/seed/seed-database";
import { commentAnchorFor } from "@/lib/statements/comments/comment-anchors";
import { createStatementComment } from "@/lib/statements/comments/create-statement-comment";
import { listStatementComments } from "@/lib/statements/comments/list-statement-comments";
import { reopenStatementComment } from "@/lib/statements/comments/reopen-statement-comment";
import { replyToStatementComment } from "@/lib/statements/comments/reply-to-statement-comment";
import { resolveStatementComment } from "@/lib/statements/comments/resolve-statement-comment";
import { createCommentSchema } from "@/lib/statements/comments/schemas";
import { createMember, createPerson } from "../support/factories";
import { refusal } from "../support/refusal";
import { createStatement } from "../support/statement-factories";

beforeEach(async () => {
  await seedDatabase({ withDemoData: false });
});

type Actor = Awaited<ReturnType<typeof createMember>>["actor"];

/** A statement whose stored text is a Yjs document this test holds, as the editor would have left it. */
async function statementWithText(text: string, stage: "DRAFT" | "REVIEW" | "VOTE" | "PUBLISHED" | "WITHDRAWN" = "DRAFT") {
  const statement = await createStatement({ stage, markdown: text });
  const doc = new Y.Doc();
  doc.getText(NOTES_TEXT_FIELD).insert(0, text);
  await db.statement.update({ where: { id: statement.id }, data: { yjsState: asBytes(Y.encodeStateAsUpdate(doc)) } });
  /** Edits the text as a collaborator would, and stores the result. */
  const edit = async (change: (text: Y.Text) => void) => {
    change(doc.getText(NOTES_TEXT_FIELD));
    await db.statement.update({ where: { id: statement.id }, data: { yjsState: asBytes(Y.encodeStateAsUpdate(doc)) } });
  };
  return { ...statement, doc, edit };
}

/** The form fields the editor sends for the passage `passage` of the document. */
function passageFields(doc: Y.Doc, passage: string) {
  const from = doc.getText(NOTES_TEXT_FIELD).toString().indexOf(passage);
  const anchor = commentAnchorFor(doc, from, from + passage.length)!;
  return { anchor: JSON.stringify({ start: anchor.start, end: anchor.end }), quote: anchor.quote };
}

const comment = (actor: Actor, slug: string, fields: Record<string, unknown>) => createStatementComment({ actor, input: { slug, ...fields } });

describe("listing a statement's comments", () => {
  it("shows open threads in the order of their passages, with replies, and resolved threads after them", async () => {
    const author = await createMember({ name: "Ada Author" });
    const other = await createMember({ name: "Grace Other" });
    const statement = await statementWithText("First paragraph on wheels.\n\nSecond paragraph on MPI.\n\nThird on Lustre.");
    const onThird = await comment(author.actor, statement.slug, { body: "Which filesystems?", ...passageFields(statement.doc, "Third on Lustre.") });
    const onFirst = await comment(other.actor, statement.slug, { body: "Which wheels?", ...passageFields(statement.doc, "First paragraph") });
    const general = await comment(other.actor, statement.slug, { body: "Overall this reads well.", anchor: "", quote: "" });
    const settled = await comment(author.actor, statement.slug, { body: "Typo here.", ...passageFields(statement.doc, "MPI") });
    await replyToStatementComment({ actor: other.actor, input: { slug: statement.slug, commentId: onFirst.id, body: "manylinux ones." } });
    await resolveStatementComment({ actor: other.actor, input: { slug: statement.slug, commentId: settled.id } });

    const { threads, canComment, closedMessage } = await listStatementComments({ actor: author.actor, input: { slug: statement.slug } });
    expect(canComment).toBe(true);
    expect(closedMessage).toBeNull();
    expect(threads.map((thread) => thread.id)).toEqual([general.id, onFirst.id, onThird.id, settled.id]);
    expect(threads[0]).toMatchObject({ quote: null, anchor: null, passage: null, isPassageDeleted: false, authorName: "Grace Other", isOwn: false });
    expect(threads[1]).toMatchObject({ quote: "First paragraph", passage: { from: 0, to: 15 }, replies: [expect.objectContaining({ body: "manylinux ones.", authorName: "Grace Other" })] });
    expect(threads[2]).toMatchObject({ isOwn: true, resolvedAt: null });
    expect(threads[3]).toMatchObject({ resolvedByName: "Grace Other", resolvedAt: expect.any(Date) });
  });

  it("finds each passage where it is after edits around it, and says when a passage was deleted", async () => {
    const member = await createMember();
    const statement = await statementWithText("Intro. Free-threading needs MPI wheels. End.");
    const thread = await comment(member.actor, statement.slug, { body: "Which MPI?", ...passageFields(statement.doc, "Free-threading needs MPI wheels.") });
    await statement.edit((text) => {
      text.insert(0, "A new opening sentence. ");
      text.insert(text.toString().indexOf("MPI"), "CUDA-aware ");
    });
    let listed = (await listStatementComments({ actor: member.actor, input: { slug: statement.slug } })).threads[0]!;
    const current = statement.doc.getText(NOTES_TEXT_FIELD).toString();
    expect(current.slice(listed.passage!.from, listed.passage!.to)).toBe("Free-threading needs CUDA-aware MPI wheels.");
    expect(listed.quote).toBe("Free-threading needs MPI wheels.");

    await statement.edit((text) => text.delete(text.toString().indexOf("Free-threading"), "Free-threading needs CUDA-aware MPI wheels.".length));
    listed = (await listStatementComments({ actor: member.actor, input: { slug: statement.slug } })).threads[0]!;
    expect(listed).toMatchObject({ id: thread.id, passage: null, isPassageDeleted: true, quote: "Free-threading needs MPI wheels." });
  });

  it("is members' business: a visitor or a signed-in non-member is told the draft does not exist, and of a published statement sees no comments", async () => {
    const member = await createMember();
    const user = await createPerson({ role: "user" });
    const draft = await statementWithText("Draft text.");
    const published = await statementWithText("Published text.", "PUBLISHED");
    for (const actor of [anonymousActor, user.actor]) {
      expect(await refusal(listStatementComments({ actor, input: { slug: draft.slug } }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await refusal(listStatementComments({ actor, input: { slug: published.slug } }))).toMatchObject({ code: "NOT_FOUND" });
    }
    expect((await listStatementComments({ actor: member.actor, input: { slug: published.slug } })).closedMessage).toMatch(/published: its record no longer changes/);
  });
});

describe("writing comments", () => {
  it("keeps a thread's replies together, reopens a resolved thread on a new reply, and keeps who resolved it first", async () => {
    const member = await createMember();
    const other = await createMember();
    const statement = await statementWithText("Text.");
    const thread = await comment(member.actor, statement.slug, { body: "On the whole text." });
    const reply = await replyToStatementComment({ actor: other.actor, input: { slug: statement.slug, commentId: thread.id, body: "Agreed." } });
    const replyToReply = await replyToStatementComment({ actor: member.actor, input: { slug: statement.slug, commentId: reply.id, body: "Thanks." } });
    expect([reply.parentId, replyToReply.parentId]).toEqual([thread.id, thread.id]);

    expect(await resolveStatementComment({ actor: other.actor, input: { slug: statement.slug, commentId: reply.id } })).toMatchObject({ id: thread.id, resolvedById: other.id });
    expect((await resolveStatementComment({ actor: member.actor, input: { slug: statement.slug, commentId: thread.id } })).resolvedById).toBe(other.id);
    expect(await reopenStatementComment({ actor: member.actor, input: { slug: statement.slug, commentId: thread.id } })).toMatchObject({ resolvedAt: null, resolvedById: null });

    await resolveStatementComment({ actor: other.actor, input: { slug: statement.slug, commentId: thread.id } });
    await replyToStatementComment({ actor: other.actor, input: { slug: statement.slug, commentId: thread.id, body: "One more thing." } });
    expect(await db.statementComment.findUniqueOrThrow({ where: { id: thread.id }, select: { resolvedAt: true } })).toEqual({ resolvedAt: null });
  });

  it("tells the statement's authors of a new thread and the thread's participants of a reply, never the writer", async () => {
    const author = await createMember();
    const commenter = await createMember();
    const replier = await createMember();
    const statement = await statementWithText("Text about wheels.");
    await db.statementAuthor.create({ data: { statementId: statement.id, userId: author.id } });
    const notificationsOf = (userId: string) => db.notification.findMany({ where: { userId }, select: { title: true, link: true } });

    const thread = await comment(commenter.actor, statement.slug, { body: "Which wheels?", ...passageFields(statement.doc, "wheels") });
    expect(await notificationsOf(author.id)).toEqual([{ title: `New comment on “wheels” in “${statement.title}”`, link: `/statements/${statement.slug}` }]);
    expect(await notificationsOf(commenter.id)).toEqual([]);

    await replyToStatementComment({ actor: replier.actor, input: { slug: statement.slug, commentId: thread.id, body: "manylinux." } });
    expect(await notificationsOf(commenter.id)).toEqual([expect.objectContaining({ title: `New reply on “wheels” in “${statement.title}”` })]);
    expect(await notificationsOf(replier.id)).toEqual([]);
    expect(await notificationsOf(author.id)).toHaveLength(1);

    await resolveStatementComment({ actor: replier.actor, input: { slug: statement.slug, commentId: thread.id } });
    expect(await notificationsOf(commenter.id)).toEqual([expect.anything(), expect.objectContaining({ title: expect.stringContaining("was resolved") })]);
  });

  it("takes comments in draft, review and the vote, and refuses them once published or withdrawn, storing nothing", async () => {
    const member = await createMember();
    for (const stage of ["DRAFT", "REVIEW", "VOTE"] as const) {
      const statement = await statementWithText("Text.", stage);
      await comment(member.actor, statement.slug, { body: `In ${stage}.` });
    }
    for (const stage of ["PUBLISHED", "WITHDRAWN"] as const) {
      const statement = await statementWithText("Text.", stage);
      const existing = await db.statementComment.create({ data: { statementId: statement.id, authorId: member.id, body: "Before it closed." } });
      const before = await db.statementComment.count();
      expect(await refusal(comment(member.actor, statement.slug, { body: "Too late." }))).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("takes no new comments") });
      expect(await refusal(replyToStatementComment({ actor: member.actor, input: { slug: statement.slug, commentId: existing.id, body: "Too late." } }))).toMatchObject({ code: "CONFLICT" });
      expect(await refusal(resolveStatementComment({ actor: member.actor, input: { slug: statement.slug, commentId: existing.id } }))).toMatchObject({ code: "CONFLICT" });
      expect(await db.statementComment.count()).toBe(before);
    }
  });

  it("refuses bad input at its field, and people who may not comment, storing nothing", async () => {
    const member = await createMember();
    const user = await createPerson({ role: "user" });
    const suspended = await createMember({ status: "SUSPENDED" });
    const statement = await statementWithText("Text.");
    const elsewhere = await statementWithText("Other text.");
    const otherThread = await comment(member.actor, elsewhere.slug, { body: "Elsewhere." });

    expect(await refusal(comment(member.actor, statement.slug, { body: "   " }))).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { body: ["Write a comment."] } });
    expect(await refusal(comment(member.actor, statement.slug, { body: "x".repeat(5_001) }))).toMatchObject({ fieldErrors: { body: [expect.stringContaining("under 5,000")] } });
    expect(await refusal(comment(member.actor, statement.slug, { body: "x", anchor: "{not json" }))).toMatchObject({ fieldErrors: { anchor: [expect.stringContaining("select it again")] } });
    expect(await refusal(comment(member.actor, statement.slug, { body: "x", anchor: JSON.stringify({ start: "nonsense", end: null }) }))).toMatchObject({ fieldErrors: { anchor: [expect.stringContaining("select it again")] } });
    expect(await refusal(comment(member.actor, statement.slug, { body: "x\u0000" }))).toMatchObject({ code: "INVALID_INPUT" });
    // A comment of another statement is not this statement's to answer.
    expect(await refusal(replyToStatementComment({ actor: member.actor, input: { slug: statement.slug, commentId: otherThread.id, body: "Hi" } }))).toMatchObject({ code: "NOT_FOUND" });
    // A suspended member signs in with a user's rights (policyRoleOf), as the session resolves it.
    const suspendedActor = { userId: suspended.id, role: policyRoleOf("MEMBER", "SUSPENDED") };
    for (const actor of [anonymousActor, user.actor, suspendedActor]) {
      expect(await refusal(comment(actor, statement.slug, { body: "Hi" }))).toMatchObject({ code: expect.stringMatching(/FORBIDDEN|UNAUTHENTICATED|NOT_FOUND/) });
    }
    expect(await db.statementComment.count({ where: { statementId: statement.id } })).toBe(0);
  });
});

describe("the comment schemas", () => {
  it("give back what parses again to the same, as the Server Action and then the use case parse it", () => {
    const doc = new Y.Doc();
    doc.getText(NOTES_TEXT_FIELD).insert(0, "Some text.");
    const once = createCommentSchema.parse({ slug: "a-statement", body: " Hi ", ...passageFields(doc, "text") });
    expect(createCommentSchema.parse(once)).toEqual(once);
    expect(once.anchor).toEqual({ start: expect.any(Object), end: expect.any(Object) });
  });
});
