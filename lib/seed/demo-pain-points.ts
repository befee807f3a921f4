import type { PainSeverity } from "@/lib/generated/prisma/enums";
import type { ReportInput } from "@/lib/pain-points/schemas";

/**
 * Demo pain points: problems of the kind HPC practitioners report, written for
 * this project, at fictional sites, by the fictional demo people. Timings and
 * module lists in the evidence are made up but shaped like real output.
 */

const importTimeSample = [
  "import time: self [us] | cumulative | imported package",
  "import time:       912 |        912 |   _io",
  "import time:       388 |        388 |   marshal",
  "import time:      1403 |       1403 |   posix",
  "import time:      4021 |       6724 | _frozen_importlib_external",
  "import time:      2210 |       2210 |       _codecs",
  "import time:      8811 |      11021 |     codecs",
  "import time:     21034 |      32055 |   encodings",
  "import time:     48201 |      48201 |   site",
  "import time:     19230 |      19230 |       numpy._utils._inspect",
  "import time:     25102 |      44332 |     numpy._utils",
  "import time:    611204 |     611204 |         numpy.core._multiarray_umath",
  "import time:    102931 |     714135 |       numpy.core.multiarray",
  "import time:     88120 |      88120 |       numpy.core.umath",
  "import time:    401553 |    1203808 |     numpy.core",
  "import time:    355010 |     355010 |       numpy.linalg._umath_linalg",
  "import time:    209311 |     564321 |     numpy.linalg",
  "import time:    152200 |     152200 |     numpy.fft",
  "import time:    188031 |     188031 |     numpy.random",
  "import time:    899132 |    3051824 |   numpy",
  "import time:    310220 |     310220 |       scipy._lib._ccallback",
  "import time:    402119 |     712339 |     scipy._lib",
  "import time:    911302 |     911302 |       scipy.sparse._sparsetools",
  "import time:    620114 |    1531416 |     scipy.sparse",
  "import time:    301229 |    2544984 |   scipy",
  "import time:    522030 |     522030 |     mpi4py.MPI",
  "import time:     91002 |     613032 |   mpi4py",
].join("\n");

export interface DemoReport {
  key: string;
  reporter: string;
  input: ReportInput;
  votes: { email: string; site?: string; siteKind?: string; filesystem?: string; installMethod?: string }[];
  comments: { email: string; body: string }[];
  links: string[];
  peps: number[];
  /** Applied in order by Charlie Chair, with reasons. */
  statuses: { status: "CONFIRMED" | "LINKED_TO_PEP" | "ADDRESSED" | "WONT_FIX" | "DUPLICATE"; reason: string; duplicateOf?: string }[];
  hidden?: string;
  monthsAgo: number;
}

const report = (input: Omit<ReportInput, "isReporterPublic" | "severity"> & { severity: PainSeverity; isReporterPublic?: boolean }): ReportInput => ({
  isReporterPublic: false,
  ...input,
});

export const demoReports: DemoReport[] = [
  {
    key: "import-storm",
    reporter: "mia.member@demo.pyhpc.invalid",
    monthsAgo: 7,
    input: report({
      title: "import numpy and scipy takes over 30 s per rank when 1,024 ranks start on Lustre",
      areas: ["startup-import"],
      severity: "COSTS_HOURS",
      isReporterPublic: true,
      description: `Our users start MPI jobs where every rank runs the same Python script. With 1,024 ranks the first minute of every job goes into imports: each rank walks \`sys.path\` and stats thousands of files on the shared Lustre filesystem, and the metadata server becomes the bottleneck.

**To reproduce:** a conda environment on \`/project\` (Lustre), then \`srun -n 1024 python -c "import numpy, scipy.sparse, mpi4py"\`.

A single rank takes about 6 s; with all 1,024 it is 30–40 s per rank. Containers (Apptainer with a SquashFS image) help, but most users install with conda into shared project space. Evidence from one rank during a full-scale start is attached.`,
      site: "Example National Lab",
      siteKind: "national-centre",
      scheduler: "slurm",
      filesystem: "lustre",
      installMethod: "conda",
      pythonVersion: "3.11",
      mpi: "cray-mpich",
      accelerator: "nvidia",
      importTime: importTimeSample,
    }),
    votes: [
      { email: "uma.user@demo.pyhpc.invalid", site: "Example University", siteKind: "university-cluster", filesystem: "gpfs", installMethod: "modules" },
      { email: "max.member@demo.pyhpc.invalid", site: "Example Institute of Technology", siteKind: "university-cluster", filesystem: "lustre", installMethod: "spack" },
      { email: "chandra.chair@demo.pyhpc.invalid", site: "Example State University", siteKind: "university-cluster", filesystem: "gpfs", installMethod: "conda" },
      { email: "ada.admin@demo.pyhpc.invalid", site: "Example Research Computing Centre", siteKind: "national-centre", filesystem: "beegfs", installMethod: "container" },
    ],
    comments: [
      { email: "max.member@demo.pyhpc.invalid", body: "Same here with a Spack-built stack on Lustre. Packing the environment into a SquashFS image and mounting it per node cut our start-up from ~25 s to ~3 s at 512 nodes." },
      { email: "chandra.chair@demo.pyhpc.invalid", body: "Linked to PEP 810: explicit lazy imports would let heavy packages defer submodules a job never uses. It does not remove the metadata storm for what *is* imported, so we keep this open." },
    ],
    links: ["https://github.com/example-org/example-hpc-python/issues/42"],
    peps: [810],
    statuses: [
      { status: "CONFIRMED", reason: "Reproduced at two more sites (GPFS and Lustre)." },
      { status: "LINKED_TO_PEP", reason: "Lazy imports (PEP 810) address part of it." },
    ],
  },
  {
    key: "mpi4py-wrong-mpi",
    reporter: "uma.user@demo.pyhpc.invalid",
    monthsAgo: 5,
    input: report({
      title: "pip install mpi4py builds against the wrong MPI on our Cray system",
      areas: ["packaging"],
      severity: "BLOCKS_WORK",
      description: `\`pip install mpi4py\` in a venv succeeds, but the wheel or source build silently picks up an MPICH from a conda environment that happens to be on \`PATH\` instead of the system's Cray MPICH. Jobs then hang at \`MPI_Init\` on compute nodes.

Nothing in the package metadata says that mpi4py needs *the site's* MPI, so neither pip nor our users can tell before running. We would like packages to declare such external dependencies so installers and centres can check them.`,
      site: "Example University",
      siteKind: "university-cluster",
      scheduler: "slurm",
      filesystem: "gpfs",
      installMethod: "pip-venv",
      pythonVersion: "3.12",
      mpi: "cray-mpich",
    }),
    votes: [
      { email: "mia.member@demo.pyhpc.invalid", site: "Example National Lab", filesystem: "lustre", installMethod: "pip-venv" },
      { email: "charlie.chair@demo.pyhpc.invalid", site: "Fictional National Laboratory", filesystem: "lustre", installMethod: "spack" },
    ],
    comments: [{ email: "charlie.chair@demo.pyhpc.invalid", body: "This is the case PEP 725 (external dependencies in `pyproject.toml`) was written for; linking it." }],
    links: ["https://github.com/example-org/example-hpc-python/issues/57"],
    peps: [725],
    statuses: [{ status: "LINKED_TO_PEP", reason: "Declaring MPI as an external dependency (PEP 725) would let installers check it." }],
  },
  {
    key: "cuda-variant",
    reporter: "max.member@demo.pyhpc.invalid",
    monthsAgo: 4,
    input: report({
      title: "No standard way to ask PyPI for the CUDA 12 build of a package",
      areas: ["packaging"],
      severity: "COSTS_HOURS",
      isReporterPublic: true,
      description: `Our GPU partition needs CUDA 12 builds; the CPU partition must not get them. Today every project solves this differently: separate package names (\`…-cu12\`), extra index URLs, or environment variables read by build backends. Users mix them up and end up with CPU builds on GPU nodes, or fail to install on login nodes that have no GPU.`,
      site: "Example Institute of Technology",
      siteKind: "university-cluster",
      scheduler: "slurm",
      filesystem: "lustre",
      installMethod: "uv",
      pythonVersion: "3.12",
      accelerator: "nvidia",
    }),
    votes: [{ email: "ada.admin@demo.pyhpc.invalid", site: "Example Research Computing Centre", filesystem: "beegfs", installMethod: "pip-venv" }],
    comments: [],
    links: [],
    peps: [817],
    statuses: [{ status: "LINKED_TO_PEP", reason: "Wheel variants (PEP 817) propose exactly this." }],
  },
  {
    key: "free-threaded-gil",
    reporter: "chandra.chair@demo.pyhpc.invalid",
    monthsAgo: 2,
    input: report({
      title: "Free-threaded Python turns the GIL back on when an older extension is imported",
      areas: ["concurrency", "c-api"],
      severity: "ANNOYANCE",
      description: `Testing \`python3.13t\` for a threaded workflow: as soon as one dependency that has not declared free-threading support is imported, the interpreter re-enables the GIL (with a warning) and our threads serialise again. It is hard for users to find out *which* extension did it in a large environment.`,
      site: "Example State University",
      siteKind: "university-cluster",
      scheduler: "pbs",
      filesystem: "gpfs",
      installMethod: "modules",
      pythonVersion: "3.13t",
    }),
    votes: [],
    comments: [{ email: "mia.member@demo.pyhpc.invalid", body: "`PYTHON_GIL=0` forces it off, but then you are on your own with thread safety." }],
    links: [],
    peps: [],
    statuses: [],
  },
  {
    key: "conda-activate",
    reporter: "mia.member@demo.pyhpc.invalid",
    monthsAgo: 3,
    input: report({
      title: "Activating a conda environment takes over a minute in home directories on NFS",
      areas: ["startup-import", "packaging"],
      severity: "COSTS_HOURS",
      description: `\`conda activate\` in batch scripts takes 60–90 s when the environment lives in an NFS-mounted home directory, because activation scripts and \`.pth\` files are read by every job. Interactive use is similar on busy days.`,
      site: "Example National Lab",
      siteKind: "national-centre",
      scheduler: "slurm",
      filesystem: "nfs",
      installMethod: "conda",
      pythonVersion: "3.10",
    }),
    votes: [{ email: "uma.user@demo.pyhpc.invalid", site: "Example University", filesystem: "nfs", installMethod: "conda" }],
    comments: [],
    links: [],
    peps: [],
    statuses: [{ status: "CONFIRMED", reason: "Seen at two sites." }],
  },
  {
    key: "conda-activate-duplicate",
    reporter: "max.member@demo.pyhpc.invalid",
    monthsAgo: 1,
    input: report({
      title: "conda activate is very slow on the shared filesystem",
      areas: ["startup-import"],
      severity: "ANNOYANCE",
      description: "Activation of environments on the shared filesystem takes a long time in our job scripts. Is there a way to speed it up?",
      site: "Example Institute of Technology",
      filesystem: "lustre",
      installMethod: "conda",
    }),
    votes: [],
    comments: [],
    links: [],
    peps: [],
    statuses: [{ status: "DUPLICATE", reason: "Same problem as the NFS activation report.", duplicateOf: "conda-activate" }],
  },
  {
    key: "array-interop",
    reporter: "max.member@demo.pyhpc.invalid",
    monthsAgo: 6,
    input: report({
      title: "Library code needs separate paths for NumPy, CuPy and PyTorch arrays",
      areas: ["array-api"],
      severity: "ANNOYANCE",
      isReporterPublic: true,
      description: `Our analysis library accepts arrays from users and should run on CPU or GPU. Every function currently branches on the array type. Libraries are adopting the array API standard, but coverage differs between versions, and our users' environments mix versions.`,
      site: "Example Institute of Technology",
      siteKind: "university-cluster",
      installMethod: "pip-venv",
      pythonVersion: "3.12",
      accelerator: "nvidia",
    }),
    votes: [{ email: "mia.member@demo.pyhpc.invalid", site: "Example National Lab" }],
    comments: [],
    links: ["https://gitlab.example.org/research-software/analysis-lib/-/issues/8"],
    peps: [],
    statuses: [{ status: "CONFIRMED", reason: "Common across array libraries." }],
  },
  {
    key: "spam",
    reporter: "uma.user@demo.pyhpc.invalid",
    monthsAgo: 0,
    input: report({
      title: "Cheap GPU hours, click here for a special offer",
      areas: ["jit-performance"],
      severity: "ANNOYANCE",
      description: "Visit our site for special offers on GPU hours. This is not a real problem report.",
    }),
    votes: [],
    comments: [],
    links: [],
    peps: [],
    statuses: [],
    hidden: "Spam: an advertisement, not a problem report.",
  },
];
