import { describe, expect, it } from "vitest";
import { presenceColorFor, presencePalette, shownPresence } from "@/lib/notes/presence";
import { presenceKeyFor, trustedAwarenessEntries, type PresenceClaim } from "@/lib/notes/trusted-presence";

const cursor = { anchor: { type: { client: 1, clock: 2 }, tname: "markdown", item: { client: 3, clock: 4 }, assoc: 0 }, head: { type: null, tname: "markdown", item: null, assoc: -1 } };

describe("what a notes client shows of someone's presence", () => {
  it("takes a state with a strict hex colour, keeping only the user and a well-formed cursor", () => {
    const shown = shownPresence({ user: { name: "Ana", color: "#2563eb", colorLight: "anything", key: "p-1", extra: 1 }, cursor, avatar: "https://tracker.example/a.png" });
    expect(shown).toEqual({ user: { name: "Ana", color: "#2563eb", colorLight: "#2563eb33", key: "p-1" }, cursor });
  });

  it.each(["blue; position:fixed; inset:0", "blue", "#12345", "#1234567", "#12345g", "rgb(0,0,0)", "#2563eb;", " #2563eb", "url(https://x.example)"])("leaves out a state whose colour is %j", (color) => {
    expect(shownPresence({ user: { name: "Ana", color, key: "p-1" } })).toBeNull();
  });

  it.each([null, "text", 5, [], {}, { user: "Ana" }, { user: { color: "#2563eb", key: "k" } }, { user: { name: "Ana", color: "#2563eb", key: 1 } }])("leaves out %j", (state) => {
    expect(shownPresence(state)).toBeNull();
  });

  it("drops a cursor that is not a pair of relative positions, and bounds a name's length", () => {
    const shown = shownPresence({ user: { name: "x".repeat(500), color: "#2563eb", key: "k" }, cursor: { anchor: "<img>", head: { tname: "markdown" } } });
    expect(shown?.cursor).toBeNull();
    expect(shown?.user.name).toHaveLength(80);
  });

  it("gives a cursor every field of a relative position, null when unused, as Yjs reads them", () => {
    const shown = shownPresence({ user: { name: "Ana", color: "#2563eb", key: "k" }, cursor: { anchor: { item: { client: 5, clock: 6 } }, head: { tname: "markdown", assoc: "x", evil: 1 } } });
    expect(shown?.cursor).toEqual({ anchor: { type: null, tname: null, item: { client: 5, clock: 6 }, assoc: 0 }, head: { type: null, tname: "markdown", item: null, assoc: 0 } });
  });

  it("gives each key a palette colour, the same every time", () => {
    expect(presencePalette).toContain(presenceColorFor("p-abc"));
    expect(presenceColorFor("p-abc")).toBe(presenceColorFor("p-abc"));
  });
});

describe("the presence the server passes on for a connection", () => {
  const claim = (overrides: Partial<PresenceClaim> = {}): PresenceClaim => ({ person: { userId: "user-1", name: "Ana" }, ownClientIds: new Set(), isClientOfAnother: () => false, ...overrides });
  const forged = { user: { name: "Charlie Chair", color: "red; position:fixed", key: "user-2" }, cursor, avatar: "x" };

  it("writes the person as the server knows them and keeps only the cursor", () => {
    const [entry] = trustedAwarenessEntries([{ clientId: 7, clock: 3, state: forged }], claim());
    expect(entry).toEqual({ clientId: 7, clock: 3, state: { user: { name: "Ana", color: presenceColorFor(presenceKeyFor("user-1")), colorLight: `${presenceColorFor(presenceKeyFor("user-1"))}33`, key: presenceKeyFor("user-1") }, cursor } });
  });

  it("calls a visitor a visitor, with a key of their own client, and a nameless person a participant", () => {
    const [visitor] = trustedAwarenessEntries([{ clientId: 7, clock: 1, state: forged }], claim({ person: { userId: null, name: null } }));
    expect(visitor?.state).toMatchObject({ user: { name: "Visitor", key: "visitor-7" } });
    const [nameless] = trustedAwarenessEntries([{ clientId: 8, clock: 1, state: forged }], claim({ person: { userId: "user-3", name: null } }));
    expect(nameless?.state).toMatchObject({ user: { name: "Participant" } });
  });

  it("speaks for one client only: its own, or the first free one it names; others' entries, removals included, are dropped", () => {
    const entries = [
      { clientId: 1, clock: 9, state: null },
      { clientId: 2, clock: 9, state: forged },
      { clientId: 3, clock: 9, state: forged },
    ];
    expect(trustedAwarenessEntries(entries, claim({ ownClientIds: new Set([3]) })).map((entry) => entry.clientId)).toEqual([3]);
    expect(trustedAwarenessEntries(entries, claim({ isClientOfAnother: (id) => id === 2 })).map((entry) => entry.clientId)).toEqual([3]);
    expect(trustedAwarenessEntries([{ clientId: 4, clock: 2, state: null }], claim({ ownClientIds: new Set([4]) }))).toEqual([{ clientId: 4, clock: 2, state: null }]);
  });

  it("gives a person the same key in every tab and reveals nothing of their id", () => {
    expect(presenceKeyFor("user-1")).toBe(presenceKeyFor("user-1"));
    expect(presenceKeyFor("user-1")).not.toBe(presenceKeyFor("user-2"));
    expect(presenceKeyFor("user-1")).not.toContain("user-1");
  });
});
