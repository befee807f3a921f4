import type { StatementStage, StatementTarget } from "@/lib/generated/prisma/enums";

/**
 * The demo working group's statements, one at each step that matters:
 * published (with its vote, a block that was answered, endorsements), in
 * vote, in review and a draft. `{pain:key}` in a text stands for the demo
 * pain point whose title `painPointTitles[key]` gives; the seed puts its
 * number in ("#pain-12"), so the references link and become evidence.
 */
export const painPointTitles = {
  gilReenabled: "Free-threaded Python turns the GIL back on when an older extension is imported",
  importAtScale: "import numpy and scipy takes over 30 s per rank when 1,024 ranks start on Lustre",
  wrongMpi: "pip install mpi4py builds against the wrong MPI on our Cray system",
  cudaBuild: "No standard way to ask PyPI for the CUDA 12 build of a package",
  condaOnNfs: "Activating a conda environment takes over a minute in home directories on NFS",
} as const;

export interface DemoStatement {
  slug: string;
  title: string;
  target: StatementTarget;
  targetPep?: number;
  targetBody?: string;
  areas: string[];
  summary: string;
  markdown: string;
  stage: StatementStage;
  /** Who started it, and who else edited it (demo e-mail addresses). */
  author: string;
  coAuthors: string[];
  links: { url: string; title: string; note?: string }[];
  sessions: string[];
}

export const demoStatements: DemoStatement[] = [
  {
    slug: "free-threaded-wheels-before-the-default-changes",
    title: "Free-threaded wheels of the scientific stack must exist before the default build changes",
    target: "PEP",
    targetPep: 703,
    areas: ["concurrency", "packaging"],
    stage: "PUBLISHED",
    author: "charlie.chair@demo.pyhpc.invalid",
    coAuthors: ["mia.member@demo.pyhpc.invalid", "priya.example@demo.pyhpc.invalid"],
    summary:
      "HPC centres welcome the free-threaded build of CPython and want to offer it to their users. They can do so only when the extension modules their users import ship free-threaded wheels; until then, one unported import silently brings the GIL back. We ask that the move to free-threading by default (the last phase of PEP 703, with the criteria of PEP 779) wait for the core of the scientific stack, and that projects are told early which of their wheels are missing.",
    markdown: `## What centres see today

On our clusters a Python job is rarely "just Python": a typical analysis imports NumPy, SciPy, h5py, mpi4py and a handful of compiled libraries. The free-threaded build (PEP 703) lets such a job use all cores of a node from one process, which matters on nodes with 128 cores or more.

When one of those extension modules has not declared that it supports running without the GIL, the interpreter re-enables the GIL when it is imported and prints a warning that most batch jobs never show anyone (see {pain:gilReenabled}). The job then runs, correctly but serially, and the user concludes that free-threading "does not help".

## What we ask

1. **Keep the default build as it is until the core of the scientific stack ships free-threaded wheels** for the platforms centres run (x86-64 and aarch64 Linux, manylinux): NumPy, SciPy, Cython-built packages, h5py, mpi4py, and the array libraries of the Array API standard. PEP 779 names the criteria for the supported phase; we ask that wheel availability for these projects be part of the decision for the next one.
2. **Make a re-enabled GIL visible.** A warning on standard error is lost in a 10,000-line job log. We ask for a way to ask the interpreter, from inside the job, whether the GIL is enabled and which module enabled it, so that job scripts and monitoring can report it.
3. **Keep the stable ABI path open.** Centres build many small extensions once and run them for years. The \`abi3t\` stable ABI for free-threaded builds (PEP 803) is what makes that practical, and we ask that it stay supported for as long as both builds are.

## What the working group will do

- Keep a public list of the packages our members' users import most, with their free-threaded wheel status, and send it to their maintainers.
- Test release candidates on member sites and report what breaks, with the import that re-enabled the GIL.
`,
    links: [
      { url: "https://py-free-threading.github.io/tracking/", title: "Free-threading compatibility tracking", note: "Which packages ship free-threaded wheels" },
      { url: "https://docs.python.org/3/howto/free-threading-python.html", title: "Python support for free threading (Python docs)" },
    ],
    sessions: ["wg-call-free-threaded-python-on-clusters", "members-meeting-free-threading-statement"],
  },
  {
    slug: "lazy-imports-for-parallel-file-systems",
    title: "Use explicit lazy imports in the standard library and scientific stack, for jobs that start on thousands of ranks",
    target: "STEERING_COUNCIL",
    areas: ["startup-import"],
    stage: "VOTE",
    author: "priya.example@demo.pyhpc.invalid",
    coAuthors: ["chandra.chair@demo.pyhpc.invalid", "ines.fictional@demo.pyhpc.invalid"],
    summary:
      "When an MPI job starts, every rank imports the same modules at the same moment, and every lookup is a request to the parallel file system's metadata server. Start-up of tens of seconds per rank is common. Explicit lazy imports (PEP 810) let a module defer imports it may never use; we ask the Steering Council to encourage their use in the standard library and to make it easy to measure import cost at scale.",
    markdown: `## The problem

An MPI job with 1,024 ranks that runs \`import numpy, scipy\` asks the shared file system for the same few thousand files 1,024 times at once. On Lustre and GPFS each \`stat\` and \`open\` goes to a metadata server that all users of the machine share, and start-up of over 30 seconds per rank has been measured on member sites (see {pain:importAtScale}). The cost is paid again by every job, and by every other user of the file system while it happens.

## Why lazy imports help

Much of that time is spent importing modules the job never uses: optional back-ends, test helpers, rarely used submodules. With explicit lazy imports (PEP 810, accepted for Python 3.15), a module can mark such imports \`lazy\`, and they are resolved only when a name is first used.

## What we ask

1. **Use lazy imports in the standard library** where a module imports something only some of its callers need, starting with the modules that scientific packages import at start-up.
2. **Document the pattern for library authors**, with the measurement that shows the gain: \`python -X importtime\` already reports per-module cost; we ask that the documentation show how to read it for a parallel start-up.
3. **Keep import-time regressions visible** in the performance benchmarks the core team runs, as they are for run time.

Centres will in turn collect \`-X importtime\` profiles from real jobs and share them with the projects concerned.
`,
    links: [{ url: "https://docs.python.org/3/using/cmdline.html#cmdoption-X", title: "-X importtime (Python command line docs)" }],
    sessions: ["sc25-python-for-hpc-state-of-the-ecosystem"],
  },
  {
    slug: "wheel-variants-for-mpi-and-gpu-builds",
    title: "Wheel variants must let an installer choose the MPI and GPU build a cluster needs",
    target: "PEP",
    targetPep: 817,
    areas: ["packaging"],
    stage: "REVIEW",
    author: "max.member@demo.pyhpc.invalid",
    coAuthors: ["rosa.example@demo.pyhpc.invalid"],
    summary:
      "Platform tags say which operating system and processor a wheel is for, but not which MPI library or which CUDA version it was built against, so users on clusters build from source or pick the wrong wheel. We support the wheel variants proposal (PEP 817) and ask that it cover the two choices HPC users need most: the MPI implementation and ABI, and the GPU runtime version.",
    markdown: `## The gap

A wheel's platform tag (\`manylinux_2_28_x86_64\`) tells an installer nothing about the two things that decide whether a compiled package works on a cluster:

- **MPI.** mpi4py and everything built on it must be compiled against the MPI library the machine's interconnect is tuned for (Cray MPICH, Open MPI, Intel MPI). A wheel built against another one fails at run time or, worse, runs slowly over TCP ({pain:wrongMpi}).
- **GPUs.** Packages built for CUDA 12 and CUDA 13 are published under different names or on separate indexes, because one name cannot say which build it is ({pain:cudaBuild}).

## What we ask of the proposal

1. Variant properties that can describe an **MPI implementation and its ABI version**, so that an installer on a Cray system chooses the build for Cray MPICH, and the standard ABI the MPI Forum has defined can be expressed as implementations adopt it.
2. Variant properties for the **GPU runtime version** and architecture, with a provider that reads them from the machine.
3. A way for **site administrators to set the choice once**, for every user of a cluster, rather than each user configuring their installer.
4. A clear fallback when no variant matches: the installer says why, instead of silently taking a build that cannot work.

## Open for review

- Should the statement name specific providers, or only the properties?
`,
    links: [{ url: "https://wheelnext.dev/", title: "WheelNext: the wheel variants work" }],
    sessions: ["wg-call-packaging-on-shared-filesystems"],
  },
  {
    slug: "environments-on-shared-file-systems",
    title: "Python environments on shared file systems: what installers should know about centres",
    target: "PSF",
    targetBody: "Packaging Work Group",
    areas: ["packaging", "startup-import"],
    stage: "DRAFT",
    author: "lena.fictional@demo.pyhpc.invalid",
    coAuthors: [],
    summary:
      "Conda and virtual environments live in home and project directories on NFS or parallel file systems, where activating one and starting Python can take a minute. This draft collects what centres would ask of installers and environment managers.",
    markdown: `## Notes so far

- Activating a conda environment in a home directory on NFS takes over a minute ({pain:condaOnNfs}); most of the time goes to reading many small files.
- Centres offer Python through environment modules (Lmod); a user's own environment then sits on top of the module's. Installers do not know about that layering.

## To decide

- Do we address conda and pip together, or one statement each?
- Which measurements should we attach: \`strace -c\` of an activation, or \`-X importtime\` of the first import?
`,
    links: [],
    sessions: [],
  },
];
