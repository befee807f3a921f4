import type { Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { expect, test } from "./support/test";
import { createPerson, database, pageAs } from "./support/database";

/** Fills what an invitation does not fill in: the rest of a valid request. */
async function completeRequest(page: Page) {
  await page.getByLabel("Kind of affiliation").selectOption("hpc-centre");
  await page.getByLabel("Your role there").fill("HPC user support");
  await page.getByLabel("Country", { exact: true }).selectOption("FI");
  await page.getByRole("checkbox", { name: /Packaging/ }).check();
  await page.getByLabel("Why you want to join").fill("Our centre supports four hundred Python users and we want their packaging problems heard.");
}

test.describe("invitations", () => {
  test("a chair invites an address; its link signs the person in, and their pre-filled request makes them a member; the link then works no more", async ({ browser }) => {
    const chair = await createPerson("chair", `Inviting Chair ${randomUUID().slice(0, 6)}`);
    const email = `e2e-invitee-${randomUUID().slice(0, 8)}@test.invalid`;

    const asChair = await pageAs(browser, chair);
    await asChair.page.goto("/members/invitations");
    await asChair.page.getByLabel("Email address").fill(email);
    await asChair.page.getByLabel("Affiliation (optional)").fill("Example Arctic Computing Centre");
    await asChair.page.getByLabel("A line for them (optional)").fill("Your import-time profiles convinced us.");
    await asChair.page.getByRole("button", { name: "Invite" }).click();
    await expect(asChair.page.getByRole("status")).toContainText("shown only now");
    const link = await asChair.page.getByLabel("Invitation link").inputValue();
    expect(link).toMatch(/\/members\/invitations\/[A-Za-z0-9_-]{43}$/);
    await asChair.page.reload();
    await expect(asChair.page.getByRole("listitem", { name: `Invitation of ${email}` })).toContainText("Pending");

    // Someone else, in a browser of their own, opens the link: that alone signs nobody in.
    const invitee = await pageAs(browser);
    await invitee.page.goto(link);
    await expect(invitee.page.getByRole("heading", { name: "You are invited to join", level: 1 })).toBeVisible();
    await expect(invitee.page.getByText(chair.name)).toBeVisible();
    await expect(invitee.page.getByText("Your import-time profiles convinced us.")).toBeVisible();
    expect((await database().query(`SELECT 1 FROM "User" WHERE email = $1`, [email])).rowCount).toBe(0);

    await invitee.page.getByRole("button", { name: `Accept and sign in as ${email}` }).click();
    await expect(invitee.page).toHaveURL(/\/request$/);
    await expect(invitee.page.getByLabel("Affiliation", { exact: true })).toHaveValue("Example Arctic Computing Centre");
    await completeRequest(invitee.page);
    await invitee.page.getByRole("button", { name: "Join the working group" }).click();
    await expect(invitee.page).toHaveURL(/\/members\/join$/);
    await expect(invitee.page.getByText("You are a member")).toBeVisible();

    const { rows } = await database().query<{ status: string; actorId: string }>(
      `SELECT m.status, a."actorId" FROM "Membership" m JOIN "User" u ON u.id = m."userId" JOIN "AuditLog" a ON a.action = 'membership.invitation.accept' AND a."subjectId" = m."requestId"::text WHERE u.email = $1`,
      [email],
    );
    expect(rows).toEqual([{ status: "ACTIVE", actorId: chair.id }]);

    // The used link, opened again: refused, saying why.
    await invitee.page.goto(link);
    await expect(invitee.page.getByRole("heading", { name: "This invitation has been used" })).toBeVisible();
    await asChair.page.reload();
    await expect(asChair.page.getByRole("listitem", { name: `Invitation of ${email}` })).toContainText("Accepted");
  });

  test("a person signed in as someone else is told so, and may switch to the invited address", async ({ browser }) => {
    const chair = await createPerson("chair");
    const email = `e2e-invitee-${randomUUID().slice(0, 8)}@test.invalid`;
    const asChair = await pageAs(browser, chair);
    await asChair.page.goto("/members/invitations");
    await asChair.page.getByLabel("Email address").fill(email);
    await asChair.page.getByRole("button", { name: "Invite" }).click();
    const link = await asChair.page.getByLabel("Invitation link").inputValue();

    const other = await createPerson("user");
    const { page } = await pageAs(browser, other);
    await page.goto(link);
    await expect(page.getByText("You are signed in as someone else")).toBeVisible();
    await expect(page.getByText(other.email)).toBeVisible();
    await page.getByRole("button", { name: `Continue as ${email}` }).click();
    await expect(page).toHaveURL(/\/request$/);
    await expect(page.getByRole("button", { name: "Join the working group" })).toBeVisible();
  });

  test("a revoked link says it was withdrawn, and an unknown one that it is not known", async ({ browser }) => {
    const chair = await createPerson("chair");
    const email = `e2e-invitee-${randomUUID().slice(0, 8)}@test.invalid`;
    const asChair = await pageAs(browser, chair);
    await asChair.page.goto("/members/invitations");
    await asChair.page.getByLabel("Email address").fill(email);
    await asChair.page.getByRole("button", { name: "Invite" }).click();
    const link = await asChair.page.getByLabel("Invitation link").inputValue();
    await asChair.page.reload();
    await asChair.page.getByRole("listitem", { name: `Invitation of ${email}` }).getByRole("button", { name: "Revoke" }).click();
    await expect(asChair.page.getByRole("listitem", { name: `Invitation of ${email}` })).toContainText("Revoked");

    const { page } = await pageAs(browser);
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "This invitation was withdrawn" })).toBeVisible();
    await page.goto(`/members/invitations/${"A".repeat(43)}`);
    await expect(page.getByRole("heading", { name: "This invitation link is not known" })).toBeVisible();
  });
});
