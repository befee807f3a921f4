import { describe, expect, it } from "vitest";
import { explainFailedStart } from "@/lib/database/embedded-postgres";

describe("explaining a failed PostgreSQL start", () => {
  it("names the process that holds the data folder", () => {
    const log = ['FATAL:  lock file "postmaster.pid" already exists', "HINT:  Is another postmaster (PID 4242) running in data directory?"];
    expect(explainFailedStart(log, "/app/.data/postgres", 5432)).toMatch(/already in use by another process \(pid 4242\)/);
  });

  it("reports a taken port", () => {
    const log = ['LOG:  could not bind IPv4 address "127.0.0.1": Address already in use', "FATAL:  could not create any TCP/IP sockets"];
    expect(explainFailedStart(log, "/app/.data/postgres", 54329)).toMatch(/^Port 54329 on 127\.0\.0\.1 is taken/);
  });

  it("reports files from another PostgreSQL version", () => {
    const log = ["FATAL:  database files are incompatible with server", "DETAIL:  The data directory was initialized by PostgreSQL version 16"];
    expect(explainFailedStart(log, "/d", 1)).toMatch(/another PostgreSQL version/);
  });

  it("falls back to the last fatal line, without its prefix", () => {
    expect(explainFailedStart(["LOG: starting", "FATAL:  could not open file: Permission denied"], "/d", 1)).toBe(
      "The embedded database stopped while starting: could not open file: Permission denied",
    );
  });
});
