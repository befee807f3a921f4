import { describe, expect, it } from "vitest";
import { signInAsDemoPerson } from "@/lib/auth/demo-sign-in";
import { createSession, endSession, findSessionUser } from "@/lib/auth/session";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-cookie";
import { getAppConfig, setAppConfig } from "@/lib/config";
import { db } from "@/lib/db";
import { createPerson } from "../support/factories";

describe("database sessions", () => {
  it("identify the person and their role", async () => {
    const chair = await createPerson({ role: "chair" });
    const { sessionToken } = await createSession(chair.id);
    expect(await findSessionUser(sessionToken)).toMatchObject({ id: chair.id, role: "chair", email: chair.email });
  });

  it("end on sign-out", async () => {
    const person = await createPerson();
    const { sessionToken } = await createSession(person.id);
    await endSession(sessionToken);
    expect(await findSessionUser(sessionToken)).toBeNull();
  });

  it("expire, and expired ones are removed", async () => {
    const person = await createPerson();
    const { sessionToken } = await createSession(person.id);
    await db.session.update({ where: { sessionToken }, data: { expires: new Date(Date.now() - 1000) } });
    expect(await findSessionUser(sessionToken)).toBeNull();
    expect(await db.session.count({ where: { sessionToken } })).toBe(0);
  });

  it("slide forward when used, at most once a day", async () => {
    const person = await createPerson();
    const { sessionToken } = await createSession(person.id);
    const soon = new Date(Date.now() + 2 * 86_400_000);
    await db.session.update({ where: { sessionToken }, data: { expires: soon } });
    await findSessionUser(sessionToken);
    const renewed = (await db.session.findUniqueOrThrow({ where: { sessionToken } })).expires;
    expect(renewed.getTime()).toBeGreaterThan(Date.now() + (SESSION_MAX_AGE_SECONDS - 60) * 1000);

    await findSessionUser(sessionToken);
    expect((await db.session.findUniqueOrThrow({ where: { sessionToken } })).expires).toEqual(renewed);
  });

  it("ignore unknown tokens", async () => {
    expect(await findSessionUser("not-a-token")).toBeNull();
  });
});

describe("demo sign-in", () => {
  const withDemoSignIn = async <T>(isEnabled: boolean, work: () => Promise<T>) => {
    const config = getAppConfig();
    setAppConfig({ ...config, isDemoSignInEnabled: isEnabled });
    try {
      return await work();
    } finally {
      setAppConfig(config);
    }
  };

  it("is refused where the deployment does not allow it, creating no session", async () => {
    const demo = await db.user.create({ data: { name: "Demo Person", email: `demo-${Date.now()}@demo.invalid`, isDemo: true } });
    await withDemoSignIn(false, async () => {
      await expect(signInAsDemoPerson({ userId: demo.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    });
    expect(await db.session.count({ where: { userId: demo.id } })).toBe(0);
  });

  it("signs in as a demo person where allowed", async () => {
    const demo = await db.user.create({ data: { name: "Demo Person", email: `demo-ok-${Date.now()}@demo.invalid`, isDemo: true, role: "MEMBER" } });
    const session = await withDemoSignIn(true, () => signInAsDemoPerson({ userId: demo.id }));
    expect(await findSessionUser(session.sessionToken)).toMatchObject({ id: demo.id, role: "member" });
  });

  it("never signs in as a real (non-demo) person", async () => {
    const real = await createPerson({ role: "admin" });
    await withDemoSignIn(true, async () => {
      await expect(signInAsDemoPerson({ userId: real.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    });
    expect(await db.session.count({ where: { userId: real.id } })).toBe(0);
  });
});
