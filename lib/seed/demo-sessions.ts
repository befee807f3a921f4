import type { NotesEditors, SessionVisibility } from "@/lib/generated/prisma/enums";
import type { AgendaItemInput } from "@/lib/sessions/schemas";

/**
 * Demo sessions: a BoF modelled on the kind held at SC25, two working-group
 * calls and a members' meeting, with notes as a note-taker would leave them.
 * Speakers are the fictional demo people or made-up names; nothing here is
 * anything a real person said. Dates are fixed for the conference BoF and
 * relative to the day the demo is loaded for the calls.
 */

export interface DemoSession {
  slug: string;
  title: string;
  description: string;
  timeZone: string;
  /** A fixed day, or days from the day the demo is loaded. */
  day: { date: string } | { daysFromSeed: number };
  startTime: string;
  endTime: string;
  venue: string | null;
  videoUrl: string | null;
  chatUrl: string | null;
  visibility: SessionVisibility;
  notesEditors: NotesEditors;
  agenda: AgendaItemInput[];
  notes: string;
}

export const demoSessions: DemoSession[] = [
  {
    slug: "sc25-python-for-hpc-state-of-the-ecosystem",
    title: "Python for HPC: State of the Ecosystem",
    description: `A Birds-of-a-Feather session on where Python stands for high-performance computing, one year on.

Four short talks of one slide each — **array APIs**, **packaging**, **JIT compilation** and **async and parallel primitives** — then the room decides what the working group should push for next.

Bring your site's worst start-up time and your favourite workaround.

*Demo content: the speakers and everything attributed to them are fictional.*`,
    timeZone: "America/Chicago",
    day: { date: "2025-11-18" },
    startTime: "12:15",
    endTime: "13:15",
    venue: "SC25, St. Louis — BoF room (see the conference programme)",
    videoUrl: null,
    chatUrl: "https://chat.example.org/#sc25-python-hpc",
    visibility: "PUBLIC",
    notesEditors: "SIGNED_IN",
    agenda: [
      { title: "Welcome and introduction: why a Python-on-HPC working group", speaker: "Charlie Chair", minutes: 5 },
      { title: "Array APIs: one code path for NumPy, CuPy and friends", speaker: "Max Member", minutes: 7 },
      { title: "Packaging: wheels, variants and shared filesystems", speaker: "Chandra Chair", minutes: 7 },
      { title: "JIT compilation: what CPython's JIT means next to Numba", speaker: "Jo Example (Example Institute of Technology)", minutes: 7 },
      { title: "Async and parallel primitives: free-threading, subinterpreters, asyncio", speaker: "Mia Member", minutes: 7 },
      { title: "Discussion: what should the group push for?", speaker: "Charlie Chair (moderating)", minutes: 27 },
    ],
    notes: `About 120 people in the room; notes taken by several hands.

## Array APIs
- Max: most array libraries now accept the standard's core functions; the gaps are linear algebra and random numbers.
- Question from the room: can a library test itself against several backends in CI without GPUs? Suggested: run the CPU backends in CI, GPU nightly at one site.

## Packaging
- Chandra: wheels for MPI- and GPU-specific builds still mean one index per site. The wheel-variants proposal (PEP 817) would let an installer pick the right build.
- Several sites install into shared filesystems; import storms at scale remain the top pain point on the hub.

## JIT
- Jo: the CPython JIT (PEP 744) is still experimental; do not expect Numba-level speed-ups for numeric loops yet.

## Async and parallel primitives
- Mia: free-threaded builds (PEP 703) are usable for thread-parallel I/O and pre-processing; extension modules are the limiting factor.
- Explicit lazy imports (PEP 810) could cut start-up time for large MPI jobs without code changes in every module.

## Action items
- [ ] Collect start-up timings from three sites with and without lazy imports (Mia)
- [ ] Draft a statement on free-threading readiness for members to review (Charlie)
- [ ] Ask packaging maintainers how sites could test wheel variants (Chandra)
`,
  },
  {
    slug: "wg-call-packaging-on-shared-filesystems",
    title: "Working-group call: packaging on shared filesystems",
    description: `Monthly call. This time: how sites install Python environments on Lustre and GPFS, and what helps with import storms (containers, SquashFS images, zipped site-packages, caching).

Everyone is welcome; the notes are public.`,
    timeZone: "Europe/Berlin",
    day: { daysFromSeed: -42 },
    startTime: "16:00",
    endTime: "17:00",
    venue: null,
    videoUrl: "https://meet.example.org/pyhpc-working-group",
    chatUrl: "https://chat.example.org/#pyhpc-working-group",
    visibility: "PUBLIC",
    notesEditors: "SIGNED_IN",
    agenda: [
      { title: "Round of sites: how do you install Python today?", speaker: null, minutes: 15 },
      { title: "Import storms: measurements from Example National Lab", speaker: "Mia Member", minutes: 15 },
      { title: "Declaring external dependencies (PEP 725) — would it help sites?", speaker: "Chandra Chair", minutes: 15 },
      { title: "Next steps", speaker: "Charlie Chair", minutes: 15 },
    ],
    notes: `Present: Charlie, Chandra, Mia, Max, Uma and six others.

## Round of sites
- Two sites ship SquashFS images of conda environments; start-up of 1,024 ranks went from about 40 s to under 5 s.
- One site zips site-packages; works for pure-Python packages, not for extension modules.

## Import storms
- Mia showed \`python -X importtime\` output from 1,024 ranks (see the pain point on the hub).
- Lazy imports (PEP 810) would postpone most of the imports that never run in a job step.

## External dependencies
- PEP 725 would let a site check that MPI and CUDA are present before installing; sites would like tools to read it.

## Next steps
- [ ] Write up the SquashFS recipe for the hub (Max)
- [ ] Invite a packaging maintainer to the next call (Chandra)
`,
  },
  {
    slug: "wg-call-free-threaded-python-on-clusters",
    title: "Working-group call: free-threaded Python on clusters",
    description: `Monthly call. Who runs the free-threaded build in production, which extension modules hold it back, and what the group should say about it.

Join by video; the agenda is open for additions until the day before.`,
    timeZone: "Europe/Berlin",
    day: { daysFromSeed: 21 },
    startTime: "16:00",
    endTime: "17:00",
    venue: null,
    videoUrl: "https://meet.example.org/pyhpc-working-group",
    chatUrl: "https://chat.example.org/#pyhpc-working-group",
    visibility: "PUBLIC",
    notesEditors: "SIGNED_IN",
    agenda: [
      { title: "Welcome, notes-taker, agenda", speaker: "Chandra Chair", minutes: 5 },
      { title: "Experience report: threads instead of processes for pre-processing", speaker: "Sam Sample (Example State University)", minutes: 15 },
      { title: "Which extension modules are not ready yet?", speaker: null, minutes: 20 },
      { title: "Towards a statement on free-threading", speaker: "Charlie Chair", minutes: 15 },
      { title: "Any other business", speaker: null, minutes: 5 },
    ],
    notes: `Add your questions below before the call.

- Is PEP 779's "supported" status enough for centres to offer free-threaded modules by default?
- How do free-threading (PEP 703) and explicit lazy imports (PEP 810) interact at start-up?
- Which packages in your site's default environment lack free-threaded wheels?
`,
  },
  {
    slug: "members-meeting-free-threading-statement",
    title: "Members' meeting: drafting the statement on free-threading",
    description: `For working-group members: we go through the draft statement on free-threaded Python paragraph by paragraph and agree what goes to the vote.

Read the draft beforehand; comments in the notes are welcome.`,
    timeZone: "America/New_York",
    day: { daysFromSeed: 10 },
    startTime: "11:00",
    endTime: "12:00",
    venue: null,
    videoUrl: "https://meet.example.org/pyhpc-members",
    chatUrl: null,
    visibility: "MEMBERS",
    notesEditors: "MEMBERS",
    agenda: [
      { title: "What the statement is for, and who receives it", speaker: "Charlie Chair", minutes: 10 },
      { title: "Paragraph by paragraph", speaker: null, minutes: 40 },
      { title: "Timeline for the vote", speaker: "Chandra Chair", minutes: 10 },
    ],
    notes: `## Points the draft should make
- Sites need free-threaded builds (PEP 703) of the scientific stack before they can offer them by default.
- Start-up cost matters as much as throughput at scale; explicit lazy imports (PEP 810) help both builds.

## Open questions
- Do we name packages that are not ready, or only describe the gaps?
`,
  },
];

/** PEP numbers a text mentions as "PEP 703", in order of first mention. */
export const mentionedPeps = (text: string) => [...new Set(Array.from(text.matchAll(/\bPEP\s?(\d{1,4})\b/g), (match) => Number(match[1])))];
