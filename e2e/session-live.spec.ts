import { expect, test } from "./support/test";
import { createPerson, createSession, database, pageAs } from "./support/database";
import { openLivePage } from "./support/live";

/**
 * The session page's live frame: the agenda's current item and its clock as
 * the chair runs it, and the session's record once it is over. The questions,
 * polls and action items have their own specs.
 */

/** A session that started 70 minutes ago, with an agenda. */
const planSession = ({ endsInMinutes = 60, agenda = [["Welcome", 5], ["Free-threading on clusters", 20]] as [string, number][] } = {}) =>
  createSession({ minutesFromNow: [-70, endsInMinutes], agenda });

test.describe("the agenda, live", () => {
  test("the chair starts and moves the agenda; a participant and a visitor see the item under way and its time left, without reloading", async ({ browser }) => {
    const session = await planSession();
    const chair = await pageAs(browser, await createPerson("chair"));
    const participant = await pageAs(browser, await createPerson("user"));
    const visitor = await pageAs(browser);
    for (const { page } of [chair, participant, visitor]) {
      await openLivePage(page, session.path);
    }
    // Only the chair has the agenda's controls.
    await expect(participant.page.getByRole("button", { name: "Start agenda" })).toHaveCount(0);
    await expect(visitor.page.getByRole("button", { name: /Start “/ })).toHaveCount(0);

    await chair.page.getByRole("button", { name: "Start agenda" }).click();
    for (const { page } of [chair, participant, visitor]) {
      const now = page.getByTestId("agenda-now");
      await expect(now).toContainText("Welcome");
      await expect(page.getByTestId("agenda-remaining")).toContainText(/^4:5\d|^5:00/);
      await expect(page.locator('[data-testid="agenda-item"][aria-current="step"]')).toContainText("Welcome");
    }

    await chair.page.getByRole("button", { name: "Next item" }).click();
    await expect(visitor.page.getByTestId("agenda-now")).toContainText("Free-threading on clusters");
    await expect(participant.page.getByTestId("agenda-remaining")).toContainText(/^19:5\d|^20:00/);
    // The speaker view on the projector shows the same clock.
    const projector = await visitor.context.newPage();
    await projector.goto(`${session.path}/speaker`);
    await expect(projector.getByTestId("agenda-clock")).toContainText("Free-threading on clusters");
    await expect(projector.getByTestId("agenda-clock")).toContainText(/1?\d:\d\d left/);

    await chair.page.getByRole("button", { name: "Finish agenda" }).click();
    await expect(visitor.page.getByTestId("agenda-now")).toHaveCount(0);
    await expect(participant.page.getByTestId("agenda-now")).toHaveCount(0);
    await expect(projector.getByTestId("agenda-clock")).toHaveCount(0);
  });

  test("an item that runs over its minutes says so, in red, for everyone", async ({ browser }) => {
    const session = await planSession({ agenda: [["Lightning talk", 1]] });
    const visitor = await pageAs(browser);
    await openLivePage(visitor.page, session.path);
    // As if the chair had started it 90 seconds ago, announced the way the app announces it.
    await database().query(`UPDATE "BofSession" SET "currentAgendaPosition" = 0, "currentAgendaStartedAt" = now() - interval '90 seconds', "liveVersion" = "liveVersion" + 1 WHERE id = $1`, [session.id]);
    await database().query(`SELECT pg_notify('session_live', $1)`, [JSON.stringify({ sessionId: session.id, change: { kind: "agenda" }, actorId: null })]);
    await expect(visitor.page.getByTestId("agenda-now")).toHaveAttribute("data-over", "true");
    await expect(visitor.page.getByTestId("agenda-remaining")).toContainText(/^\+0:[3-5]\d over time/);
  });
});

test.describe("the session's record", () => {
  test("after the session, its page and notes page show the questions, poll results and action items, and the Markdown file carries them", async ({ browser }) => {
    const session = await planSession({ endsInMinutes: -5 });
    const asker = await createPerson("user");
    await database().query(`INSERT INTO "Question" ("sessionId", "authorId", body, "voteCount", "answeredAt") VALUES ($1, $2, 'Will wheels carry MPI variants?', 3, now())`, [session.id, asker.id]);
    const { rows } = await database().query<{ id: number }>(
      `INSERT INTO "Poll" ("sessionId", question, state, "voterCount", "openedAt", "closedAt") VALUES ($1, 'Which filesystem hurts most?', 'CLOSED', 2, now(), now()) RETURNING id`,
      [session.id],
    );
    await database().query(`INSERT INTO "PollOption" ("pollId", position, label, "voteCount") VALUES ($1, 0, 'Lustre', 2), ($1, 1, 'GPFS', 0)`, [rows[0]!.id]);
    await database().query(`INSERT INTO "ActionItem" ("sessionId", text, "ownerName") VALUES ($1, 'Write up the import storms', 'Ada')`, [session.id]);

    const visitor = await pageAs(browser);
    await visitor.page.goto(session.path);
    await expect(visitor.page.getByRole("heading", { name: "From the session" })).toBeVisible();
    await expect(visitor.page.getByText("Will wheels carry MPI variants?")).toBeVisible();
    // Nobody is asked to sign in to ask in a session that is over.
    await expect(visitor.page.getByRole("link", { name: /sign in to ask/i })).toHaveCount(0);

    await visitor.page.goto(`${session.path}/notes`);
    const record = visitor.page.getByTestId("session-record");
    await expect(record).toContainText("Will wheels carry MPI variants?");
    await expect(record).toContainText("answered");
    await expect(record.getByRole("table")).toContainText("Lustre");
    await expect(record).toContainText("Write up the import storms — Ada");

    const file = await (await visitor.page.request.get(`${session.path}/notes.md`)).text();
    expect(file).toContain("## Questions");
    expect(file).toContain("- Will wheels carry MPI variants? — ");
    expect(file).toMatch(/\| Lustre \| 2 \| 100% \|/);
    expect(file).toContain("- [ ] Write up the import storms — Ada");
  });
});
