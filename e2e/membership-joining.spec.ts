import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { captureAction, cookieHeader } from "./support/forms";
import { createPerson, database, pageAs, type TestPerson } from "./support/database";

/** An open request of the person, written straight to the database (for tests about deciding, not asking). */
async function openRequestOf(person: TestPerson, affiliation = "Example Institute of Simulation") {
  const { rows } = await database().query<{ id: number }>(
    `INSERT INTO "MembershipRequest" ("userId", affiliation, "affiliationKind", "roleAtAffiliation", country, areas, "statementOfInterest", "updatedAt")
     VALUES ($1, $2, 'university', 'Postdoc', 'NL', '{packaging}', 'I want the group to hear how our students install MPI-enabled Python.', now()) RETURNING id`,
    [person.id, affiliation],
  );
  return rows[0]!.id;
}

const requestStatus = async (id: number) => (await database().query<{ status: string }>(`SELECT status::text AS status FROM "MembershipRequest" WHERE id = $1`, [id])).rows[0]!.status;

const requestCard = (page: Page, id: number) => page.locator(`#request-${id}`);

test.describe("joining the working group", () => {
  test("a person asks with bad input, then correctly; a chair asks a question, the person answers, the chair approves, and the person is a member", async ({ browser }) => {
    const person = await createPerson("user");
    const chair = await createPerson("chair");
    const asPerson = await pageAs(browser, person);
    await asPerson.page.goto("/members/join");

    const { page } = asPerson;
    await page.getByLabel("Your role there").fill("Research software engineer");
    await page.getByLabel("ORCID iD (optional)").fill("0000-0002-1825-0098");
    await page.getByLabel("GitHub user name (optional)").fill("-not-a-handle-");
    await page.getByRole("button", { name: "Send my request" }).click();
    await expect(page.getByText("That is not a valid ORCID iD")).toBeVisible();
    await expect(page.getByText("That cannot be a GitHub user name")).toBeVisible();
    await expect(page.getByText("Give your affiliation")).toBeVisible();
    await expect(page.getByText("Say in a few sentences why you want to join")).toBeVisible();
    await expect(page.getByLabel("Your role there")).toHaveValue("Research software engineer");
    await expect(page.getByLabel("ORCID iD (optional)")).toHaveValue("0000-0002-1825-0098");
    expect((await database().query(`SELECT 1 FROM "MembershipRequest" WHERE "userId" = $1`, [person.id])).rowCount).toBe(0);

    await page.getByLabel("Affiliation", { exact: true }).fill("Example Technical University");
    await page.getByLabel("Kind of affiliation").selectOption("university");
    await page.getByLabel("Country", { exact: true }).selectOption("DE");
    await page.getByRole("checkbox", { name: /Packaging/ }).check();
    await page.getByLabel("Why you want to join").fill("I maintain the Python stack of our cluster and want the group to hear about module loading.");
    await page.getByLabel("ORCID iD (optional)").fill("0000-0002-1825-0097");
    await page.getByLabel("GitHub user name (optional)").fill("octocat");
    await page.getByRole("button", { name: "Send my request" }).click();
    // The sent request replaces the form.
    await expect(page.getByTestId("flash")).toHaveText("Your request was sent to the chairs. You will be notified of their answer.");
    await expect(page.getByRole("button", { name: "Withdraw my request" })).toBeVisible();
    const { rows } = await database().query<{ id: number }>(`SELECT id FROM "MembershipRequest" WHERE "userId" = $1`, [person.id]);
    const requestId = rows[0]!.id;

    const asChair = await pageAs(browser, chair);
    await asChair.page.goto("/members/requests");
    await requestCard(asChair.page, requestId).getByLabel("Ask a question").fill("Which scheduler does your cluster run?");
    await requestCard(asChair.page, requestId).getByRole("button", { name: "Ask" }).click();
    await expect(requestCard(asChair.page, requestId).getByRole("status")).toBeVisible();

    await page.reload();
    await expect(page.getByText("Which scheduler does your cluster run?")).toBeVisible();
    await page.getByLabel("Answer the chairs").fill("Slurm, with Lustre as the shared filesystem.");
    await page.getByRole("button", { name: "Send my answer" }).click();
    await expect(page.getByRole("status")).toContainText("Your answer was sent");

    await asChair.page.reload();
    await expect(requestCard(asChair.page, requestId)).toContainText("Slurm, with Lustre");
    await requestCard(asChair.page, requestId).getByRole("button", { name: "Approve" }).click();
    // The decided request leaves the open queue; the confirmation stays.
    await expect(asChair.page.getByTestId("flash")).toHaveText("Approved: they are now a member, and have been told.");
    await expect.poll(() => requestStatus(requestId)).toBe("APPROVED");
    await expect(requestCard(asChair.page, requestId).getByRole("button", { name: "Approve" })).toHaveCount(0);

    await page.reload();
    await expect(page.getByText("You are a member")).toBeVisible();
    await expect(page.getByRole("link", { name: /Notifications, \d+ unread/ })).toBeVisible();
    await page.goto("/notifications");
    await expect(page.getByText("Welcome to the working group")).toBeVisible();
  });

  test("a declined person sees the reason and the day they may ask again", async ({ browser }) => {
    const person = await createPerson("user");
    const requestId = await openRequestOf(person);
    const asChair = await pageAs(browser, await createPerson("chair"));
    await asChair.page.goto("/members/requests");
    await requestCard(asChair.page, requestId).getByLabel("Decline, with a reason").fill("The group is for HPC practitioners; please ask again once your cluster project starts.");
    await requestCard(asChair.page, requestId).getByRole("button", { name: "Decline" }).click();
    await expect.poll(() => requestStatus(requestId)).toBe("DECLINED");

    const { page } = await pageAs(browser, person);
    await page.goto("/members/join");
    await expect(page.getByText("Your last request was declined")).toBeVisible();
    await expect(page.getByText(/You may ask again from \d{1,2} \w+ \d{4}/)).toBeVisible();
    await expect(page.getByText("please ask again once your cluster project starts")).toBeVisible();
    await expect(page.getByRole("button", { name: "Send my request" })).toHaveCount(0);
  });

  test("a member is refused at every decision, also by a replayed Server Action; a chair cannot decide their own request", async ({ browser }) => {
    const requestId = await openRequestOf(await createPerson("user"));
    const asChair = await pageAs(browser, await createPerson("chair"));
    const asMember = await pageAs(browser, await createPerson("member"));

    await asMember.page.goto("/members/requests");
    await expect(asMember.page.getByText("You do not have access to this page")).toBeVisible();

    await asChair.page.goto("/members/requests");
    const card = requestCard(asChair.page, requestId);
    const decisions: [string, () => Promise<void>][] = [
      ["approve", () => card.getByRole("button", { name: "Approve" }).click()],
      ["decline", async () => {
        await card.getByLabel("Decline, with a reason").fill("Forged by a member");
        await card.getByRole("button", { name: "Decline" }).click();
      }],
      ["ask", async () => {
        await card.getByLabel("Ask a question").fill("Forged by a member");
        await card.getByRole("button", { name: "Ask" }).click();
      }],
    ];
    for (const [decision, submit] of decisions) {
      const captured = await captureAction(asChair.page, "/members/requests", submit);
      const response = await asMember.context.request.post(captured.url, { headers: { ...captured.headers, cookie: await cookieHeader(asMember.context) }, data: captured.body });
      expect(await response.text(), decision).toContain("You do not have permission to do that.");
    }
    expect(await requestStatus(requestId)).toBe("PENDING");
    expect((await database().query(`SELECT 1 FROM "MembershipRequestMessage" WHERE "requestId" = $1`, [requestId])).rowCount).toBe(0);

    // A chair's own request (they were made chair while it waited): shown, not decidable.
    const chair = await createPerson("chair");
    const ownId = await openRequestOf(chair, "Own Request Institute");
    const own = await pageAs(browser, chair);
    await own.page.goto("/members/requests");
    await expect(requestCard(own.page, ownId)).toContainText("This is your own request");
    await expect(requestCard(own.page, ownId).getByRole("button", { name: "Approve" })).toHaveCount(0);
  });
});
