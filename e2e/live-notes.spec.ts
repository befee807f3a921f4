import { randomUUID } from "node:crypto";
import { once } from "node:events";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import type { Page, WebSocketRoute } from "@playwright/test";
import { expect, test } from "./support/test";
import { createPerson, createSession, database, pageAs } from "./support/database";
import { openLiveNotes } from "./support/live";
import { e2e } from "./support/settings";

/**
 * A session's live notes as note-takers, read-only viewers, visitors and
 * chairs use them, with several browsers on one document. Each test plans a
 * session of its own.
 */

/** A session under way, with its notes document. */
const planSession = ({ notesEditors, markdown = "" }: { notesEditors?: "SIGNED_IN" | "MEMBERS" | "CHAIRS"; markdown?: string } = {}) => createSession({ timeZone: "America/Chicago", notesEditors, notes: markdown });

const editor = (page: Page) => page.getByTestId("notes-editor").locator(".cm-content");

async function storedMarkdown(sessionId: number) {
  // The server stores the text beside the state a couple of seconds after typing stops.
  const { rows } = await database().query<{ markdown: string }>(`SELECT markdown FROM "NoteDocument" WHERE "sessionId" = $1`, [sessionId]);
  return rows[0]?.markdown;
}

test.describe("live notes", () => {
  test("two note-takers see each other's typing, cursors and names; the text is kept", async ({ browser }) => {
    const session = await planSession({ markdown: "# Notes\n" });
    const ana = await createPerson("user", `Ana ${randomUUID().slice(0, 4)}`);
    const ben = await createPerson("user", `Ben ${randomUUID().slice(0, 4)}`);
    const a = await pageAs(browser, ana);
    const b = await pageAs(browser, ben);
    await openLiveNotes(a.page, session.path);
    await openLiveNotes(b.page, session.path);

    await expect(a.page.getByTestId("participants")).toContainText(`${ana.name} (you)`);
    await expect(a.page.getByTestId("participants")).toContainText(ben.name);

    await editor(a.page).click();
    await a.page.keyboard.press("Control+End");
    await a.page.keyboard.type("Ana: PEP 703 wheels for the cluster\n");
    await expect(editor(b.page)).toContainText("Ana: PEP 703 wheels for the cluster");
    // Ana's cursor, with her name, is in Ben's editor.
    await expect(b.page.locator(".cm-ySelectionInfo")).toContainText(ana.name);
    // The preview renders the PEP mention as a link to the tracker.
    await expect(b.page.getByTestId("notes-preview").getByRole("link", { name: "PEP 703" })).toHaveAttribute("href", "/peps/703");

    await editor(b.page).click();
    await b.page.keyboard.press("Control+End");
    await b.page.keyboard.type("Ben: agreed");
    await expect(editor(a.page)).toContainText("Ben: agreed");

    await expect.poll(() => storedMarkdown(session.id), { timeout: 15_000 }).toBe("# Notes\nAna: PEP 703 wheels for the cluster\nBen: agreed");
    // After a reload the text is still there.
    await openLiveNotes(b.page, session.path);
    await expect(editor(b.page)).toContainText("Ben: agreed");
    await a.context.close();
    await b.context.close();
  });

  test("someone without edit rights follows the notes live but cannot change them", async ({ browser }) => {
    const session = await planSession({ notesEditors: "CHAIRS", markdown: "Agenda\n" });
    const chair = await createPerson("chair");
    const viewer = await createPerson("user");
    const c = await pageAs(browser, chair);
    const v = await pageAs(browser, viewer);
    const visitor = await pageAs(browser);
    await openLiveNotes(c.page, session.path);
    await openLiveNotes(v.page, session.path);
    await openLiveNotes(visitor.page, session.path);
    await expect(v.page.getByText("Read-only")).toBeVisible();
    await expect(visitor.page.getByText("The notes update live. Sign in to take part.")).toBeVisible();

    await editor(c.page).click();
    await c.page.keyboard.press("Control+End");
    await c.page.keyboard.type("Chair: poll at 12:40");
    await expect(v.page.getByTestId("notes-preview")).toContainText("Chair: poll at 12:40");
    await expect(visitor.page.getByTestId("notes-preview")).toContainText("Chair: poll at 12:40");

    // The viewer's source view does not take keystrokes.
    await v.page.getByRole("button", { name: "Source" }).click();
    await expect(editor(v.page)).toHaveAttribute("contenteditable", "false");
    await editor(v.page).click();
    await v.page.keyboard.type("VANDALISM");
    await expect(editor(c.page)).not.toContainText("VANDALISM");
    await expect.poll(() => storedMarkdown(session.id), { timeout: 15_000 }).toBe("Agenda\nChair: poll at 12:40");
    for (const { context } of [c, v, visitor]) await context.close();
  });

  test("edits made while offline merge when the connection comes back", async ({ browser }) => {
    const session = await planSession({ markdown: "start\n" });
    const a = await pageAs(browser, await createPerson("user"));
    const b = await pageAs(browser, await createPerson("user"));
    // A network that can drop: Chromium's offline mode leaves open WebSockets alone.
    let isOnline = true;
    const sockets = new Set<WebSocketRoute>();
    await a.page.routeWebSocket(/\/collab$/, async (socket) => {
      if (!isOnline) return socket.close({ code: 1001, reason: "offline" });
      socket.connectToServer();
      sockets.add(socket);
    });
    await openLiveNotes(a.page, session.path);
    await openLiveNotes(b.page, session.path);

    isOnline = false;
    for (const socket of sockets) await socket.close({ code: 1001, reason: "offline" });
    sockets.clear();
    await expect(a.page.getByTestId("connection-state")).toHaveAttribute("data-state", /offline|connecting/);
    await editor(a.page).click();
    await a.page.keyboard.press("Control+End");
    await a.page.keyboard.type("typed offline");
    await editor(b.page).click();
    await b.page.keyboard.press("Control+Home");
    await b.page.keyboard.type("typed online\n");
    await expect(editor(b.page)).not.toContainText("typed offline");

    isOnline = true;
    await expect(editor(b.page)).toContainText("typed offline", { timeout: 15_000 });
    await expect(editor(a.page)).toContainText("typed online");
    await a.context.close();
    await b.context.close();
  });

  test("a chair restores a revision and everyone with the notes open sees it; others may not", async ({ browser }) => {
    const session = await planSession({ markdown: "good notes\n" });
    const { rows } = await database().query<{ id: number }>(
      `INSERT INTO "NoteRevision" ("documentId", markdown, state, reason, "createdAt")
       SELECT id, 'restored text', '\\x00'::bytea, 'PERIODIC', now() - interval '1 hour' FROM "NoteDocument" WHERE "sessionId" = $1 RETURNING id`,
      [session.id],
    );
    const revisionPath = `${session.path}/notes/revisions?revision=${rows[0]!.id}`;
    const writer = await pageAs(browser, await createPerson("user"));
    await openLiveNotes(writer.page, session.path);
    await editor(writer.page).click();
    await writer.page.keyboard.press("Control+a");
    await writer.page.keyboard.type("oops");
    await expect(editor(writer.page)).toHaveText("oops");
    // The revisions page compares with the notes as the server has them: wait until the edit got there, or the diff is against "good notes".
    await expect.poll(() => storedMarkdown(session.id), { timeout: 15_000 }).toBe("oops");

    const member = await pageAs(browser, await createPerson("member"));
    await member.page.goto(revisionPath);
    await expect(member.page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();

    const chair = await pageAs(browser, await createPerson("chair"));
    await chair.page.goto(session.path);
    await expect(chair.page.getByRole("link", { name: "Revisions" })).toBeVisible();
    await chair.page.goto(revisionPath);
    await expect(chair.page.getByRole("heading", { name: "Revisions of the notes" })).toBeVisible();
    await expect(chair.page.getByTestId("summary-diff")).toContainText("restored text");
    await chair.page.getByRole("button", { name: "Restore this revision" }).click();
    await expect(chair.page.getByText("Restored.")).toBeVisible();
    await expect(editor(writer.page)).toHaveText("restored text");
    // Opened afresh, not reloaded: a click before the page's scripts ran posts the form natively, and reloading would post it again.
    await chair.page.goto(revisionPath);
    await expect(chair.page.getByRole("link", { name: /Before a restore/ })).toBeVisible();
    for (const { context } of [writer, member, chair]) await context.close();
  });

  test("a forged presence shows as the server knows the connection: no borrowed name, no injected style, no outside request", async ({ browser }) => {
    const session = await planSession({ markdown: "Agenda\n" });
    const chair = await createPerson("chair", `Charlie ${randomUUID().slice(0, 4)}`);
    const { page, context } = await pageAs(browser, chair);
    const outsideRequests: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).hostname === "tracker.example") outsideRequests.push(request.url());
    });
    await openLiveNotes(page, session.path);
    await expect(page.getByTestId("participants")).toContainText(`${chair.name} (you)`);

    // A visitor's raw connection claims the chair's name and a "colour" that is CSS, with a cursor in the text.
    const forger = await forgePresence(session.id, {
      user: { name: chair.name, color: "blue; position:fixed; inset:0; background:url(https://tracker.example/pixel.png)", colorLight: "red", key: chair.id },
      cursor: { anchor: { tname: "markdown", assoc: 0 }, head: { tname: "markdown", assoc: 0 } },
    });
    await expect(page.getByTestId("participants").getByRole("listitem")).toHaveText([`${chair.name} (you)`, "Visitor"]);
    // The visitor's cursor is drawn in a palette colour and says who it is.
    await expect(page.locator(".cm-ySelectionInfo")).toHaveText("Visitor");
    const caretStyle = await page.locator(".cm-ySelectionCaret").getAttribute("style");
    expect(caretStyle).toMatch(/^background-color: #[0-9a-f]{6}; border-color: #[0-9a-f]{6}$/);
    await expect(page.locator('[style*="fixed"]')).toHaveCount(0);
    expect(outsideRequests).toEqual([]);
    forger.close();
    await context.close();
  });

  test("the notes page reads without JavaScript, links PEPs, downloads as Markdown, and the PEP page lists the session", async ({ browser, request }) => {
    const session = await planSession({ markdown: "## Decisions\n\nTrack PEP 810 for the start-up work.\n" });
    await database().query(`UPDATE "NoteDocument" SET "mentionedPeps" = '{810}' WHERE "sessionId" = $1`, [session.id]);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.path}/notes`);
    await expect(page.getByRole("heading", { name: "Decisions" })).toBeVisible();
    await expect(page.getByRole("link", { name: "PEP 810" })).toHaveAttribute("href", "/peps/810");

    const download = await request.get(`${session.path}/notes.md`);
    expect(download.headers()["content-type"]).toContain("text/markdown");
    expect(download.headers()["content-disposition"]).toContain(`${session.slug}-notes.md`);
    const text = await download.text();
    expect(text).toContain("Track PEP 810 for the start-up work.");
    expect(text).toContain(session.title);

    await page.goto("/peps/810");
    await expect(page.getByRole("link", { name: session.title })).toHaveAttribute("href", `${session.path}/notes`);
    await context.close();
  });
});

/** A raw notes connection, not signed in, that sends one awareness state of its choosing for a client id of its own. */
async function forgePresence(sessionId: number, state: unknown) {
  const documentName = `session-notes/${sessionId}`;
  const socket = new WebSocket(`${e2e.appUrl.replace(/^http/, "ws")}/collab`, { headers: { origin: e2e.appUrl } });
  await once(socket, "open");
  const message = (write: (encoder: encoding.Encoder) => void) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, documentName);
    write(encoder);
    return encoding.toUint8Array(encoder);
  };
  socket.send(message((encoder) => (encoding.writeVarUint(encoder, 2), encoding.writeVarUint(encoder, 0), encoding.writeVarString(encoder, "session-cookie")))); // Auth: token
  await new Promise((resolve) => setTimeout(resolve, 300));
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, 987_654_321); // the client id
  encoding.writeVarUint(update, 1); // its clock
  encoding.writeVarString(update, JSON.stringify(state));
  socket.send(message((encoder) => (encoding.writeVarUint(encoder, 1), encoding.writeVarUint8Array(encoder, encoding.toUint8Array(update))))); // Awareness
  return socket;
}
