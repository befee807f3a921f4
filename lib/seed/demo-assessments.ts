import type { Impact, Stance } from "@/lib/generated/prisma/enums";
import type { AffectedGroup } from "@/lib/peps/vocabulary";

/**
 * The demo's assessments of a handful of PEPs, written for this project. They
 * describe what the PEPs propose and why that matters on HPC systems; the
 * stances are the fictional working group's, and nobody real is quoted.
 */
export interface DemoAssessment {
  pepNumber: number;
  editor: "charlie.chair@demo.pyhpc.invalid" | "chandra.chair@demo.pyhpc.invalid";
  impact: Impact;
  stance: Stance;
  affected: AffectedGroup[];
  summary: string;
}

export const demoAssessments: DemoAssessment[] = [
  {
    pepNumber: 703,
    editor: "chandra.chair@demo.pyhpc.invalid",
    impact: "HIGH",
    stance: "MONITORING",
    affected: ["extension-authors", "centre-staff"],
    summary: "Optional GIL in CPython. Free-threaded build to appear in 3.13 as experimental. To assess once the first builds exist.",
  },
  {
    pepNumber: 703,
    editor: "charlie.chair@demo.pyhpc.invalid",
    impact: "HIGH",
    stance: "SUPPORT_WITH_CONCERNS",
    affected: ["end-users", "extension-authors", "package-maintainers", "distribution-packagers", "centre-staff"],
    summary: `CPython 3.13 added an optional **free-threaded build** (\`python3.13t\`) in which the global interpreter lock is disabled, so Python threads can run on several cores at once. With 3.14 the free-threaded build became officially supported rather than experimental (see PEP 779); it remains a separate build next to the default one.

**Why it matters on HPC systems.** Parallelism inside one process — threads sharing NumPy arrays, thread pools feeding accelerators, I/O overlapped with computation — becomes possible without one process or MPI rank per core.

**What it costs.**

- The free-threaded build has its own ABI (\`cp313t\`, \`cp314t\` wheels): every compiled extension must be built, and checked for thread safety, separately. An extension that does not declare support turns the GIL back on when it is imported.
- Centres will have to provide, test and document a second interpreter build and its module stack.
- Single-threaded code runs somewhat slower on the free-threaded build.

**Our position.** We support the direction. Our concerns are the readiness of compiled packages HPC users depend on (MPI bindings, numerical and I/O libraries) and the lack of guidance for centres on offering both builds side by side.`,
  },
  {
    pepNumber: 810,
    editor: "charlie.chair@demo.pyhpc.invalid",
    impact: "HIGH",
    stance: "SUPPORT",
    affected: ["end-users", "package-maintainers", "centre-staff"],
    summary: `Adds **explicit lazy imports**: a module imported with the new \`lazy\` soft keyword (\`lazy import numpy\`, \`lazy from pkg import name\`) is bound at once but only loaded when the name is first used. Unlike PEP 690, which was rejected, nothing becomes lazy unless code asks for it.

**Why it matters on HPC systems.** Start-up time on parallel filesystems is one of the most reported pains: a tool or an MPI job that imports a large stack to use a small part of it pays for every module's metadata lookups on Lustre or GPFS, multiplied by the number of ranks. Deferring imports that a run never needs removes that cost without restructuring code.

**Our position.** We support it, and encourage maintainers of widely imported scientific packages to adopt lazy imports for optional and heavy submodules. We will collect \`python -X importtime\` evidence before and after adoption.`,
  },
  {
    pepNumber: 744,
    editor: "chandra.chair@demo.pyhpc.invalid",
    impact: "LOW",
    stance: "MONITORING",
    affected: ["centre-staff", "distribution-packagers"],
    summary: `Describes the **experimental just-in-time compiler** that CPython 3.13 can be built with (a copy-and-patch JIT, enabled at configure time with \`--enable-experimental-jit\`), and what it would take for the JIT to stop being experimental.

**Why it matters on HPC systems — for now, little.** Hot numerical loops already run in compiled code (NumPy, Numba, Cython, C, C++, Fortran); the JIT mostly speeds up pure-Python glue and orchestration. Building it needs LLVM at build time (PEP 774 proposes lifting that), which matters to centres that compile CPython themselves.

**Our position.** Monitoring. We would like to see measurements on workflow-style code (job orchestration, data preparation) typical of HPC sites.`,
  },
  {
    pepNumber: 725,
    editor: "charlie.chair@demo.pyhpc.invalid",
    impact: "HIGH",
    stance: "SUPPORT",
    affected: ["package-maintainers", "distribution-packagers", "centre-staff", "end-users"],
    summary: `Proposes an \`[external]\` table in \`pyproject.toml\` where a package declares the **non-Python dependencies** it needs to build and run — compilers, MPI, BLAS/LAPACK, CUDA, HDF5 — with identifiers modelled on Package URLs. PEP 804 proposes the registry that maps those identifiers to the package names of system package managers, conda, Spack and others.

**Why it matters on HPC systems.** Today \`pip install\` of a package that needs MPI or HDF5 fails late and obscurely when the library is missing, or silently builds against the wrong one. With declared external dependencies, installers can check for them, and tools such as Spack, conda or EasyBuild can provide them — and centre staff can see what a package needs before users ask.

**Our position.** We support it. We ask that MPI implementations and vendor-tuned math libraries be expressible precisely enough (implementation, not just "an MPI") for site builds.`,
  },
  {
    pepNumber: 817,
    editor: "charlie.chair@demo.pyhpc.invalid",
    impact: "HIGH",
    stance: "SUPPORT_WITH_CONCERNS",
    affected: ["end-users", "package-maintainers", "distribution-packagers", "centre-staff"],
    summary: `**Wheel variants** let one release ship several builds for the same platform that differ in what platform tags cannot express — the GPU and CUDA version, the CPU microarchitecture level, the BLAS implementation — and let installers pick the right build for the machine through provider plugins. The file format itself is specified in PEP 825.

**Why it matters on HPC systems.** Users now choose between CPU and GPU builds by hand, through separate indexes or package names, and generic \`x86-64\` wheels leave the vector units of newer CPUs unused.

**Our concerns.**

- Provider plugins run code while resolving dependencies.
- Login nodes and compute nodes often differ: what is detected where the install runs may not be what the job runs on.
- Air-gapped and cross-built installs need a way to name the wanted variant explicitly.

**Our position.** Support with concerns; we want explicit variant selection to be a first-class path, not a fallback.`,
  },
];

/** Demo people following PEPs, so they have notifications to read. */
export const demoWatches: { email: string; pepNumber: number }[] = [
  { email: "uma.user@demo.pyhpc.invalid", pepNumber: 703 },
  { email: "uma.user@demo.pyhpc.invalid", pepNumber: 810 },
  { email: "mia.member@demo.pyhpc.invalid", pepNumber: 817 },
];
