import { describe, expect, it } from "vitest";
import { parseSessionForm, readSessionForm } from "@/lib/sessions/schemas";
import { markdownToCalendarText } from "@/lib/sessions/calendar-text";
import { firstFreeSlug, isUsableSlug, slugFromTitle, slugify } from "@/lib/sessions/slug";

describe("slugs", () => {
  it("derive from titles: lower-case words joined by hyphens, accents and punctuation dropped", () => {
    expect(slugify("Python for HPC: State of the Ecosystem")).toBe("python-for-hpc-state-of-the-ecosystem");
    expect(slugify("  SC25 BoF — Python & HPC!  ")).toBe("sc25-bof-python-hpc");
    expect(slugify("Café numérique: Jülich’s GPUs")).toBe("cafe-numerique-julichs-gpus");
    expect(slugify("日本語")).toBe("");
  });

  it("stay within 80 characters, cut between words", () => {
    const slug = slugify("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^word(-word)+$/);
    expect(slugify("x".repeat(100))).toHaveLength(80);
  });

  it("avoid the pages' own words and titles too short to name anything", () => {
    expect(slugFromTitle("New")).toBe("new-session");
    expect(slugFromTitle("AI")).toBe("ai-session");
    expect(slugFromTitle("日本語")).toBe("session");
    expect(isUsableSlug("new")).toBe(false);
    expect(isUsableSlug("sc25-bof")).toBe(true);
    expect(isUsableSlug("SC25")).toBe(false);
    expect(isUsableSlug("a--b")).toBe(false);
  });

  it("get a number when taken", () => {
    expect(firstFreeSlug("bof", new Set())).toBe("bof");
    expect(firstFreeSlug("bof", new Set(["bof", "bof-2"]))).toBe("bof-3");
    const long = "x".repeat(80);
    expect(firstFreeSlug(long, new Set([long]))).toBe(`${"x".repeat(78)}-2`);
  });
});

const form = (fields: Record<string, string>, agenda: [string, string, string][] = []) => {
  const data = new FormData();
  const base = {
    title: "Python for HPC: State of the Ecosystem",
    slug: "",
    isSlugAuto: "1",
    description: "",
    timeZone: "America/Chicago",
    startDate: "2025-11-18",
    startTime: "12:15",
    endDate: "",
    endTime: "13:15",
    venue: "",
    videoUrl: "",
    chatUrl: "",
    visibility: "PUBLIC",
    notesEditors: "SIGNED_IN",
  };
  for (const [key, value] of Object.entries({ ...base, ...fields })) data.append(key, value);
  for (const [title, speaker, minutes] of agenda) {
    data.append("agendaTitle", title);
    data.append("agendaSpeaker", speaker);
    data.append("agendaMinutes", minutes);
  }
  return parseSessionForm(readSessionForm(data));
};
const errorsOf = (result: ReturnType<typeof form>) => (result.ok ? {} : result.fieldErrors);

describe("the session form", () => {
  it("turns date and time in the zone into instants, and agenda rows into items in page order", () => {
    const result = form({ videoUrl: "https://meet.example.org/bof", venue: "  Room 101 " }, [
      ["Welcome", "Chair", "5"],
      ["", "", ""],
      ["Array APIs", "", "10"],
    ]);
    expect(result).toEqual({
      ok: true,
      input: expect.objectContaining({
        startsAt: new Date("2025-11-18T18:15:00Z"),
        endsAt: new Date("2025-11-18T19:15:00Z"),
        timeZone: "America/Chicago",
        slug: null,
        isSlugAuto: true,
        venue: "Room 101",
        videoUrl: "https://meet.example.org/bof",
        chatUrl: null,
        agenda: [
          { title: "Welcome", speaker: "Chair", minutes: 5 },
          { title: "Array APIs", speaker: null, minutes: 10 },
        ],
      }),
    });
  });

  it("ends on another day when given an end date", () => {
    const result = form({ endDate: "2025-11-19", endTime: "01:00" });
    expect(result.ok && result.input.endsAt.toISOString()).toBe("2025-11-19T07:00:00.000Z");
  });

  it("reports every problem at once, at its field", () => {
    const errors = errorsOf(
      form(
        {
          title: "x".repeat(201),
          slug: "Not a slug!",
          isSlugAuto: "",
          timeZone: "Mars/Olympus_Mons",
          videoUrl: "javascript:alert(1)",
          chatUrl: "ftp://chat.example.org",
          visibility: "SECRET",
          notesEditors: "EVERYONE",
          description: "d".repeat(20_001),
        },
        [
          ["Fine", "", "10"],
          ["", "Somebody", "10"],
          ["Too long", "", "601"],
          ["Zero", "", "0"],
          ["Fraction", "", "2.5"],
        ],
      ),
    );
    expect(Object.keys(errors).sort()).toEqual(
      ["agenda.1.title", "agenda.2.minutes", "agenda.3.minutes", "agenda.4.minutes", "chatUrl", "description", "notesEditors", "slug", "timeZone", "title", "videoUrl", "visibility"].sort(),
    );
    expect(errors["agenda.2.minutes"]).toEqual(["Give the minutes as a whole number from 1 to 600."]);
    expect(errors.timeZone).toEqual(["Choose a time zone from the list, e.g. Europe/Berlin or America/Chicago."]);
  });

  it("refuses an end before the start, a skipped time, and sessions of more than a week", () => {
    expect(errorsOf(form({ endTime: "12:15" }))).toEqual({ endTime: ["The session has to end after it starts."] });
    expect(errorsOf(form({ endTime: "11:00" }))).toEqual({ endTime: ["The session has to end after it starts."] });
    expect(errorsOf(form({ startDate: "2026-03-08", startTime: "02:30", endTime: "04:00" }))).toEqual({
      startTime: ["There is no 02:30 on 2026-03-08 in America/Chicago: the clocks go forward then. Choose another time."],
    });
    expect(errorsOf(form({ endDate: "2025-11-26" }))).toEqual({ endDate: ["A session lasts at most 7 days; check the dates."] });
    expect(errorsOf(form({ startDate: "2025-02-30" }))).toEqual({ startDate: ["That date does not exist."] });
    expect(errorsOf(form({ startDate: "", startTime: "" }))).toMatchObject({ startDate: [expect.any(String)], startTime: [expect.any(String)] });
  });

  it("refuses the pages' own words as addresses and takes a given one as chosen", () => {
    expect(errorsOf(form({ slug: "new", isSlugAuto: "" }))).toEqual({ slug: ["That word is taken by the site itself; choose another address."] });
    const result = form({ slug: "sc25-bof", isSlugAuto: "" });
    expect(result.ok && [result.input.slug, result.input.isSlugAuto]).toEqual(["sc25-bof", false]);
  });

  it("fixes an address it derived itself instead of refusing it", () => {
    const short = form({ slug: "x", isSlugAuto: "1" });
    expect(short.ok && [short.input.slug, short.input.isSlugAuto]).toEqual([null, true]);
    const derived = form({ slug: "python-for-hpc", isSlugAuto: "1" });
    expect(derived.ok && [derived.input.slug, derived.input.isSlugAuto]).toEqual(["python-for-hpc", true]);
    const cleared = form({ slug: "", isSlugAuto: "" });
    expect(cleared.ok && [cleared.input.slug, cleared.input.isSlugAuto]).toEqual([null, true]);
  });

  it("allows at most 40 agenda items", () => {
    const rows = Array.from({ length: 41 }, (_, index) => [`Item ${index}`, "", "5"] as [string, string, string]);
    expect(errorsOf(form({}, rows))).toEqual({ agenda: ["An agenda has at most 40 items."] });
  });
});

describe("descriptions in calendar entries", () => {
  it("are plain text with paragraphs and list items on their own lines and links' addresses", () => {
    expect(markdownToCalendarText("Four **short** talks about [array APIs](https://example.org), then discussion.\n\nSee PEP 703.\n\n- one\n- two *em*\n\n```\nsrun -n 4\npython x.py\n```")).toBe(
      "Four short talks about array APIs (https://example.org), then discussion.\n\nSee PEP 703.\n\n- one\n- two em\n\nsrun -n 4\npython x.py",
    );
    expect(markdownToCalendarText("")).toBe("");
    expect(markdownToCalendarText("<script>alert(1)</script>Text")).not.toContain("script");
  });
});
