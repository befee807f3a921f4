import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePepDate, parsePepIndex, PepIndexError } from "@/lib/peps/pep-index";

const entry = (overrides: Record<string, unknown> = {}) => ({
  number: 703,
  title: "Making the Global Interpreter Lock Optional in CPython",
  authors: "Sam Gross",
  discussions_to: "https://discuss.python.org/t/22606",
  status: "Final",
  type: "Standards Track",
  topic: "",
  created: "09-Jan-2023",
  python_version: "3.13",
  post_history: null,
  resolution: "`24-Oct-2023 <https://discuss.python.org/t/37075>`__",
  requires: null,
  replaces: null,
  superseded_by: null,
  author_names: ["Sam Gross"],
  url: "https://peps.python.org/pep-0703/",
  ...overrides,
});

describe("PEP index parsing", () => {
  it("reads the shipped snapshot completely", () => {
    const { peps, problems } = parsePepIndex(readFileSync("data/peps.json", "utf8"));
    expect(problems).toEqual([]);
    expect(peps).toHaveLength(737);
    expect(peps.filter((pep) => pep.status === "Final")).toHaveLength(374);
    expect(peps.filter((pep) => pep.type === "StandardsTrack")).toHaveLength(579);
    expect(peps.filter((pep) => pep.topics.includes("packaging"))).toHaveLength(102);
  });

  it("maps fields into their stored shape", () => {
    const [pep] = parsePepIndex(JSON.stringify({ "703": entry({ topic: "Packaging, typing", requires: "484, 3107", python_version: "3.13, 3.14" }) })).peps;
    expect(pep).toMatchObject({
      number: 703,
      status: "Final",
      type: "StandardsTrack",
      topics: ["packaging", "typing"],
      requires: [484, 3107],
      pythonVersions: ["3.13", "3.14"],
      createdOn: new Date(Date.UTC(2023, 0, 9)),
      authorNames: ["Sam Gross"],
    });
  });

  it("reports entries that do not fit, by number, and keeps the rest", () => {
    const { peps, problems } = parsePepIndex(
      JSON.stringify({
        "1": entry({ number: 1, title: "Good" }),
        "2": entry({ number: 2, status: "Pondering" }),
        "3": entry({ number: undefined }),
        "4": entry({ number: 5 }),
      }),
    );
    expect(peps.map((pep) => pep.number)).toEqual([1]);
    expect(problems).toEqual([
      { pep: "2", reason: "status: unknown status" },
      { pep: "3", reason: "number: number is missing or not a number" },
      { pep: "4", reason: 'is keyed "4" but says it is PEP 5' },
    ]);
  });

  it("refuses a file that is not a JSON object of PEPs", () => {
    expect(() => parsePepIndex("{ not json")).toThrow(PepIndexError);
    expect(() => parsePepIndex("[]")).toThrow(/JSON object keyed by PEP number/);
    expect(() => parsePepIndex("{}")).toThrow(/holds no PEPs/);
  });

  it("parses the index's dates strictly", () => {
    expect(parsePepDate("13-Jul-2000")).toEqual(new Date(Date.UTC(2000, 6, 13)));
    expect(parsePepDate("31-Feb-2020")).toBeNull();
    expect(parsePepDate("2020-01-01")).toBeNull();
    expect(parsePepDate(null)).toBeNull();
  });
});
