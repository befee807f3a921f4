import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PepIndexError } from "@/lib/peps/pep-index";
import { schedulePepSync } from "@/lib/peps/schedule-pep-sync";
import { runPepSync } from "@/lib/peps/sync-peps";
import { createPerson } from "../support/factories";
import { snapshotEntries, writeIndexFile } from "../support/pep-fixtures";

const counts = async () => ({
  peps: await db.pep.count(),
  statusChanges: await db.pepStatusChange.count(),
  runs: await db.pepSyncRun.count(),
  final: await db.pep.count({ where: { status: "Final" } }),
});

describe("PEP index sync", () => {
  it("imports the snapshot, then a second run changes nothing", async () => {
    const first = await runPepSync({ actor: null, trigger: "command line", source: { kind: "snapshot" } });
    expect(first.added).toHaveLength(737);
    expect(first.statusChanges).toEqual([]);
    expect(await db.pep.count({ where: { status: "Final" } })).toBe(374);
    expect(await db.pep.count({ where: { type: "StandardsTrack" } })).toBe(579);

    const second = await runPepSync({ actor: null, trigger: "command line", source: { kind: "snapshot" } });
    expect(second).toMatchObject({ added: [], updated: [], unchanged: 737, statusChanges: [], problems: [] });
    expect(await db.pepStatusChange.count()).toBe(0);
    expect(await db.pepSyncRun.count()).toBe(2);
  });

  it("records status changes and new PEPs as dated events and tells watchers", async () => {
    await runPepSync({ actor: null, trigger: "command line", source: { kind: "snapshot" } });
    const watcher = await createPerson();
    await db.pepWatch.create({ data: { userId: watcher.id, pepNumber: 744 } });

    const changed = snapshotEntries();
    changed["744"] = { ...changed["744"], status: "Accepted" };
    changed["9001"] = { ...changed["744"], number: 9001, title: "A brand-new proposal", status: "Draft", url: "https://peps.python.org/pep-9001/" };
    changed["8"] = { ...changed["8"], title: `${(changed["8"] as { title: string }).title} (retitled)` };
    const before = new Date();
    const report = await runPepSync({ actor: null, trigger: "command line", source: { kind: "file", path: await writeIndexFile(changed) } });

    expect(report.added).toEqual([9001]);
    expect(report.updated.sort((a, b) => a - b)).toEqual([8, 744]);
    expect(report.statusChanges).toEqual([
      { number: 744, title: "JIT Compilation", from: "Draft", to: "Accepted" },
      { number: 9001, title: "A brand-new proposal", from: null, to: "Draft" },
    ]);
    const events = await db.pepStatusChange.findMany({ orderBy: { pepNumber: "asc" } });
    expect(events.map((event) => [event.pepNumber, event.fromStatus, event.toStatus])).toEqual([
      [744, "Draft", "Accepted"],
      [9001, null, "Draft"],
    ]);
    expect(events[0]!.seenAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect((await db.pep.findUniqueOrThrow({ where: { number: 744 } })).lastStatusChangeAt).not.toBeNull();
    expect(await db.notification.findMany({ where: { userId: watcher.id }, select: { kind: true, title: true, link: true } })).toEqual([
      { kind: "pep.status", title: "PEP 744 is now Accepted", link: "/peps/744" },
    ]);

    const again = await runPepSync({ actor: null, trigger: "command line", source: { kind: "file", path: await writeIndexFile(changed) } });
    expect(again.statusChanges).toEqual([]);
    expect(await db.pepStatusChange.count()).toBe(2);
  });

  it("reports entries that do not fit, by number, and imports the rest", async () => {
    await runPepSync({ actor: null, trigger: "command line", source: { kind: "snapshot" } });
    const broken = snapshotEntries();
    broken["703"] = { ...broken["703"], status: "Pondering" };
    broken["810"] = { ...broken["810"], number: undefined };
    broken["8"] = { ...broken["8"], title: "Style Guide, renamed" };
    const report = await runPepSync({ actor: null, trigger: "command line", source: { kind: "file", path: await writeIndexFile(broken) } });
    expect(report.problems).toEqual([
      { pep: "703", reason: "status: unknown status" },
      { pep: "810", reason: "number: number is missing or not a number" },
    ]);
    expect(report.updated).toEqual([8]);
    expect((await db.pep.findUniqueOrThrow({ where: { number: 703 } })).status).toBe("Final");
    expect((await db.pepSyncRun.findFirstOrThrow({ orderBy: { startedAt: "desc" } })).problems).toHaveLength(2);
  });

  it("changes nothing at all when the file cannot be parsed", async () => {
    await runPepSync({ actor: null, trigger: "command line", source: { kind: "snapshot" } });
    const before = await counts();
    for (const text of ["{ not json", "[1, 2, 3]", "{}"]) {
      await expect(runPepSync({ actor: null, trigger: "command line", source: { kind: "file", path: await writeIndexFile(text) } })).rejects.toThrow(PepIndexError);
    }
    await expect(runPepSync({ actor: null, trigger: "command line", source: { kind: "file", path: "/no/such/file.json" } })).rejects.toThrow(/no such file/);
    expect(await counts()).toEqual(before);
  });

  it("falls back to the shipped snapshot when the network is unavailable, and says so", async () => {
    const report = await runPepSync({ actor: null, trigger: "command line", source: { kind: "url", url: "http://127.0.0.1:1/api/peps.json" } });
    expect(report.usedSnapshot).toBe(true);
    expect(report.source).toMatch(/^the snapshot shipped in data\/peps\.json \(http:\/\/127\.0\.0\.1:1\/api\/peps\.json could not be reached: /);
    expect(await db.pep.count()).toBe(737);
  });

  it("reads a live URL, and refuses an error answer without falling back", async () => {
    const entries = snapshotEntries();
    const server = http.createServer((request, response) => {
      if (request.url === "/api/peps.json") {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ "703": entries["703"], "810": entries["810"] }));
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const report = await runPepSync({ actor: null, trigger: "command line", source: { kind: "url", url: `${base}/api/peps.json` } });
      expect(report).toMatchObject({ source: `${base}/api/peps.json`, usedSnapshot: false, added: [703, 810] });
      await expect(runPepSync({ actor: null, trigger: "command line", source: { kind: "url", url: `${base}/missing.json` } })).rejects.toThrow(/answered 404/);
    } finally {
      server.close();
    }
  });

  it("is for admins when a person asks", async () => {
    const chair = await createPerson({ role: "chair" });
    await expect(runPepSync({ actor: chair.actor, trigger: "admin", source: { kind: "snapshot" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.pepSyncRun.count()).toBe(0);
    const admin = await createPerson({ role: "admin" });
    await runPepSync({ actor: admin.actor, trigger: "admin", source: { kind: "snapshot" } });
    expect(await db.pepSyncRun.findFirstOrThrow()).toMatchObject({ trigger: "admin", triggeredById: admin.id, added: 737 });
  });

  it("lets two syncs at once find exactly one set of changes", async () => {
    await runPepSync({ actor: null, trigger: "command line", source: { kind: "snapshot" } });
    const changed = snapshotEntries();
    changed["744"] = { ...changed["744"], status: "Final" };
    const file = await writeIndexFile(changed);
    const reports = await Promise.all([1, 2].map(() => runPepSync({ actor: null, trigger: "command line", source: { kind: "file", path: file } })));
    expect(reports.map((report) => report.statusChanges.length).sort()).toEqual([0, 1]);
    expect(await db.pepStatusChange.count()).toBe(1);
  });
});

describe("scheduled sync", () => {
  it("runs on its interval until stopped", async () => {
    const lines: string[] = [];
    const stop = schedulePepSync(150, { source: { kind: "snapshot" }, log: (line) => lines.push(line) });
    await expect.poll(() => lines.length, { timeout: 5_000 }).toBeGreaterThanOrEqual(2);
    // Stopping waits for a sync under way, so none can land after the count.
    await stop();
    const runs = await db.pepSyncRun.count({ where: { trigger: "schedule" } });
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(lines[0]).toBe("[pep sync] added 737, updated 0, status changes 0");
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await db.pepSyncRun.count({ where: { trigger: "schedule" } })).toBe(runs);
  });
});
