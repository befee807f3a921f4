/** The shared taxonomy every deployment starts with; admins may add more. */
export const areaDefinitions = [
  {
    slug: "array-api",
    name: "Array API",
    summary: "One way to write array code that runs on NumPy, CuPy, PyTorch, JAX and friends, CPU or GPU.",
    description: `Scientific Python has many array libraries, and HPC codes increasingly need to run the same
algorithm on CPUs and on GPUs. This area follows the standards that make array code portable:
the buffer protocol (PEP 3118, PEP 688), the matrix-multiplication operator (PEP 465),
out-of-band pickling for large buffers (PEP 574), typing for array shapes (PEP 646), and the
work of the Consortium for Python Data API Standards (the array API standard and DLPack),
which lives outside the PEP process but shapes the libraries HPC users depend on.`,
  },
  {
    slug: "packaging",
    name: "Packaging",
    summary: "Getting compiled, MPI- and GPU-aware software onto clusters without rebuilding the world.",
    description: `HPC sites need Python packages that link against the site's MPI, BLAS/LAPACK and
accelerator stacks. Wheels (PEP 427) and their platform tags (PEP 425, manylinux in
PEP 513/600) cannot express most of that today. This area follows proposals for
declaring external, non-Python dependencies (PEP 725, PEP 804), describing hardware- and
ABI-specific builds (wheel variants, PEP 817 and PEP 825; ABI features as markers, PEP 780),
lock files (PEP 751), and how environments are created and found (PEP 405, PEP 668, PEP 832).`,
  },
  {
    slug: "jit-performance",
    name: "JIT & performance",
    summary: "How fast CPython itself runs: the specializing interpreter, the JIT and profiling support.",
    description: `Much HPC Python is glue around compiled kernels, but interpreter speed still decides how
much of a run is overhead. This area follows CPython's performance work: the specializing
adaptive interpreter (PEP 659), the experimental copy-and-patch JIT (PEP 744) and the road to
a supported JIT, the vectorcall protocol (PEP 590), and observability such as frame pointers
(PEP 831) that make Python visible to system profilers used on clusters.`,
  },
  {
    slug: "concurrency",
    name: "Concurrency & parallelism",
    summary: "Threads without the GIL, subinterpreters and async — and how they meet MPI and OpenMP.",
    description: `HPC codes mix MPI ranks, OpenMP threads and accelerator streams. Python's own answers are
changing: the free-threaded build without the global interpreter lock (PEP 703, with its
support criteria in PEP 779), per-interpreter GILs and multiple interpreters in the standard
library (PEP 684, PEP 734), and asyncio (PEP 3156, PEP 492). This area follows what these
mean for extension modules, thread safety and the parallel tools HPC users combine.`,
  },
  {
    slug: "c-api",
    name: "C API & extensions",
    summary: "The interface compiled extensions are built against: stability, ABI and free-threading.",
    description: `Most HPC Python performance comes from extensions written in C, C++, Fortran (via
wrappers), Cython or Rust. Their authors care about the stable ABI (PEP 384, PEP 652) and its
free-threaded variant (PEP 803), how modules are initialised (PEP 489, PEP 793), the
unstable tier (PEP 689), and how the C API evolves (PEP 733, PEP 809). Changes here decide
how often every package on a cluster has to be rebuilt.`,
  },
  {
    slug: "startup-import",
    name: "Start-up & imports",
    summary: "Why import can take minutes on a parallel filesystem, and what can make it faster.",
    description: `When thousands of MPI ranks start Python at once, every import turns into metadata
operations on a shared filesystem such as Lustre or GPFS, and start-up can take minutes. This
area follows the import system (PEP 451), bytecode caching (PEP 3147, PEP 552), zip imports
(PEP 273), start-up configuration (PEP 587, PEP 829) and lazy imports (PEP 690, rejected;
PEP 810, final), together with the evidence practitioners collect with
\`python -X importtime\`.`,
  },
] as const;
