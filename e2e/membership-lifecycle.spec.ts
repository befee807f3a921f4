import { expect, test } from "./support/test";
import { createPerson, database, pageAs } from "./support/database";
import { captureAction, cookieHeader } from "./support/forms";

/** Membership over time: a member reaffirms and leaves on /members/me; a chair suspends and lifts on the member's page; nobody else can. */

const membershipOf = async (userId: string) => (await database().query<{ status: string; suspensionReason: string | null }>(`SELECT status::text, "suspensionReason" FROM "Membership" WHERE "userId" = $1`, [userId])).rows[0]!;

test.describe("membership over time", () => {
  test("an inactive member reaffirms in one click and counts as active again", async ({ browser }) => {
    const member = await createPerson("member");
    await database().query(`UPDATE "Membership" SET "lastActiveAt" = now() - interval '13 months' WHERE "userId" = $1`, [member.id]);
    const { context, page } = await pageAs(browser, member);
    await page.goto("/members/me");
    await expect(page.getByRole("heading", { name: "Your membership", level: 1 })).toBeVisible();
    await expect(page.getByText("You count as inactive")).toBeVisible();
    await expect(page.getByTestId("member-status")).toHaveText("Inactive");
    await page.getByRole("button", { name: "Reaffirm my membership" }).click();
    await expect(page.getByTestId("flash")).toHaveText("Thank you: you count as active again.");
    await page.reload();
    await expect(page.getByText("You count as inactive")).toHaveCount(0);
    await expect(page.getByTestId("member-status")).toHaveText("Active");
    await context.close();
  });

  test("a member leaves after confirming, becomes a user, and is offered to join again", async ({ browser }) => {
    const member = await createPerson("member");
    const { context, page } = await pageAs(browser, member);
    await page.goto("/members/me");
    await page.getByRole("button", { name: "Leave the group" }).click();
    await expect(page.getByText("Tick the box to confirm that you are leaving.")).toBeVisible();
    expect((await membershipOf(member.id)).status).toBe("ACTIVE");

    await page.getByLabel("I want to leave the working group").check();
    await page.getByRole("button", { name: "Leave the group" }).click();
    // The page now shows the membership as it is: left, with the way back; the confirmation outlives the form.
    await expect(page.getByTestId("flash")).toHaveText("You have left the working group. What you contributed stays, under your name.");
    await expect(page.getByText(/You left the group on/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Leave the group" })).toHaveCount(0);
    await page.reload();
    await expect(page.getByText(/You left the group on/)).toBeVisible();
    await expect(page.getByRole("link", { name: "ask to join again" })).toHaveAttribute("href", "/members/join");
    expect((await membershipOf(member.id)).status).toBe("LEFT");
    const { rows } = await database().query(`SELECT role::text FROM "User" WHERE id = $1`, [member.id]);
    expect(rows[0].role).toBe("USER");
    await context.close();
  });

  test("a chair suspends a member with a reason the member then reads, and lifts it; an empty reason is refused at its field", async ({ browser }) => {
    const [member, chair] = await Promise.all([createPerson("member"), createPerson("chair")]);
    const chairView = await pageAs(browser, chair);
    await chairView.page.goto(`/members/${member.id}`);
    const controls = chairView.page.getByTestId("member-chair-controls");
    await controls.getByRole("button", { name: "Suspend member" }).click();
    await expect(controls.getByText("Say why the member is suspended: they see it.")).toBeVisible();
    expect((await membershipOf(member.id)).status).toBe("ACTIVE");

    await controls.getByLabel("Suspend with a reason").fill("Repeated personal attacks in the session Q&A.");
    await controls.getByRole("button", { name: "Suspend member" }).click();
    // The controls now show the suspension and the way to lift it.
    await expect(chairView.page.getByTestId("flash")).toHaveText("Suspended: they have been told, with your reason.");
    await expect(controls.getByRole("button", { name: "Lift the suspension" })).toBeVisible();
    await expect(chairView.page.getByText("Repeated personal attacks in the session Q&A.")).toBeVisible();
    expect(await membershipOf(member.id)).toEqual({ status: "SUSPENDED", suspensionReason: "Repeated personal attacks in the session Q&A." });

    const memberView = await pageAs(browser, member);
    await memberView.page.goto("/members/me");
    await expect(memberView.page.getByText("Your membership is suspended")).toBeVisible();
    await expect(memberView.page.getByText("Repeated personal attacks in the session Q&A.")).toBeVisible();
    await expect(memberView.page.getByRole("button", { name: "Reaffirm my membership" })).toHaveCount(0);

    await controls.getByRole("button", { name: "Lift the suspension" }).click();
    await expect(controls.getByRole("button", { name: "Suspend member" })).toBeVisible();
    await expect.poll(async () => (await membershipOf(member.id)).status).toBe("ACTIVE");
    await Promise.all([chairView.context.close(), memberView.context.close()]);
  });

  test("a member sees no chair controls, and their replay of a chair's suspension is refused with nothing changed", async ({ browser }) => {
    const [target, chair, member] = await Promise.all([createPerson("member"), createPerson("chair"), createPerson("member")]);
    const chairView = await pageAs(browser, chair);
    await chairView.page.goto(`/members/${target.id}`);
    const controls = chairView.page.getByTestId("member-chair-controls");
    await controls.getByLabel("Suspend with a reason").fill("Captured, not sent by this chair.");
    const captured = await captureAction(chairView.page, `/members/${target.id}`, () => controls.getByRole("button", { name: "Suspend member" }).click());
    await chairView.context.close();
    expect((await membershipOf(target.id)).status).toBe("ACTIVE");

    const memberView = await pageAs(browser, member);
    await memberView.page.goto(`/members/${target.id}`);
    await expect(memberView.page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(memberView.page.getByTestId("member-chair-controls")).toHaveCount(0);
    const { cookie: _chairCookie, ...headers } = captured.headers;
    const response = await memberView.context.request.post(captured.url, { headers: { ...headers, cookie: await cookieHeader(memberView.context) }, data: captured.body });
    expect(await response.text()).toContain("You do not have permission to do that.");
    expect((await membershipOf(target.id)).status).toBe("ACTIVE");
    await memberView.context.close();
  });
});
