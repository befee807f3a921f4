/**
 * Seeds a database with a large, realistic batch of pain-point reports for
 * benchmarks: reporters, "affects me too" votes, comments, areas and PEP links,
 * with the derived counts (affectedCount, siteCount, commentCount,
 * lastActivityAt) and the search vector filled in as the app would.
 *
 * Everything is generated inside PostgreSQL with set-based SQL, in one
 * transaction. Pseudo-randomness comes from hashing row numbers
 * (hashint8extended), so the content depends only on `seed`, on `count` and on
 * the highest pain-point id already present; timestamps are relative to the
 * moment of the run (the last 24 months).
 *
 * It does not need a fresh database: each run adds a batch after the highest
 * existing pain-point id, with its own users (ids "bench-<base>-u<n>", emails
 * ending in "@bench.invalid"; not demo people, so the demo sign-in does not
 * list them). It needs the baseline data: the six areas, and the PEP index for
 * PEP links (skipped when no PEP is marked HPC-relevant).
 */
import pg from "pg";
import type { accelerators, Filesystem, InstallMethod, mpiImplementations, Scheduler, SiteKind } from "@/lib/pain-points/vocabulary";

export interface SeedPainPointsOptions {
  /** Reports to add (default 100,000). */
  count?: number;
  /** Changes every generated value (default 1). */
  seed?: number;
  log?: (line: string) => void;
}

export interface SeedPainPointsResult {
  painPoints: number;
  votes: number;
  comments: number;
  users: number;
  seconds: number;
}

type Mpi = keyof typeof mpiImplementations;
type Accelerator = keyof typeof accelerators;
type AreaSlug = "startup-import" | "packaging" | "jit-performance" | "concurrency" | "c-api" | "array-api";
type Weighted<T extends string> = readonly (readonly [T, number])[];

const USER_COUNT = 2_000;
const AREAS: readonly AreaSlug[] = ["startup-import", "packaging", "jit-performance", "concurrency", "c-api", "array-api"];
/** How often an extra area is added to a report (startup-import and packaging most common). */
const EXTRA_AREA_WEIGHTS: Weighted<AreaSlug> = [
  ["startup-import", 30],
  ["packaging", 30],
  ["jit-performance", 10],
  ["concurrency", 11],
  ["c-api", 9],
  ["array-api", 10],
];

// ---------------------------------------------------------------------------
// Vocabulary (keys from lib/pain-points/vocabulary.ts) and how often each appears
// ---------------------------------------------------------------------------

const FILESYSTEM_WEIGHTS: Weighted<Exclude<Filesystem, "other">> = [
  ["lustre", 42],
  ["gpfs", 28],
  ["nfs", 12],
  ["beegfs", 8],
  ["cephfs", 5],
  ["local", 5],
];
const CLOUD_FILESYSTEM_WEIGHTS: Weighted<Exclude<Filesystem, "other">> = [
  ["nfs", 40],
  ["cephfs", 25],
  ["local", 20],
  ["lustre", 15],
];
const SCHEDULER_WEIGHTS: Weighted<Exclude<Scheduler, "other">> = [
  ["slurm", 72],
  ["pbs", 13],
  ["lsf", 8],
  ["flux", 3],
  ["none", 4],
];
const CLOUD_SCHEDULER_WEIGHTS: Weighted<Exclude<Scheduler, "other">> = [
  ["slurm", 50],
  ["none", 35],
  ["pbs", 15],
];
const SITE_KIND_WEIGHTS: Weighted<Exclude<SiteKind, "other">> = [
  ["university-cluster", 40],
  ["national-centre", 30],
  ["lab", 20],
  ["cloud", 6],
  ["workstation", 4],
];
const INSTALL_METHOD_WEIGHTS: Weighted<Exclude<InstallMethod, "other">> = [
  ["conda", 34],
  ["pip-venv", 20],
  ["spack", 14],
  ["modules", 13],
  ["container", 9],
  ["uv", 7],
  ["system", 3],
];
const MPI_WEIGHTS: Weighted<Exclude<Mpi, "other">> = [
  ["openmpi", 28],
  ["cray-mpich", 24],
  ["intel-mpi", 14],
  ["mpich", 12],
  ["mvapich", 6],
  ["none", 16],
];
const ACCELERATOR_WEIGHTS: Weighted<Exclude<Accelerator, "other">> = [
  ["nvidia", 52],
  ["amd", 16],
  ["intel", 4],
  ["none", 28],
];
const PYTHON_VERSION_WEIGHTS: Weighted<string> = [
  ["3.9", 5],
  ["3.10", 11],
  ["3.11", 24],
  ["3.12", 30],
  ["3.13", 17],
  ["3.13t", 3],
  ["3.14", 8],
  ["3.14t", 2],
];
const OTHER_VALUES = {
  siteKind: ["Industry cluster", "Hospital research cluster", "Departmental server"],
  scheduler: ["HTCondor", "Kubernetes", "Grid Engine", "Nomad"],
  filesystem: ["WekaFS", "VAST", "Panasas", "DAOS"],
  installMethod: ["EasyBuild", "Nix", "pyenv", "Guix"],
  mpi: ["HPE MPI", "Fujitsu MPI", "vendor MPICH fork"],
  accelerator: ["Habana Gaudi", "Graphcore IPU", "FPGA"],
} as const;

/** How the context reads inside generated sentences. */
const FS_WORDS: Record<string, string> = { lustre: "Lustre", gpfs: "GPFS", nfs: "NFS", beegfs: "BeeGFS", cephfs: "CephFS" };
const MPI_WORDS: Record<string, string> = { openmpi: "Open MPI", mpich: "MPICH", "cray-mpich": "Cray MPICH", "intel-mpi": "Intel MPI", mvapich: "MVAPICH" };
const GPU_WORDS: Record<string, string> = { nvidia: "NVIDIA", amd: "AMD", intel: "Intel" };
const SCHEDULER_WORDS: Record<string, string> = { slurm: "Slurm", pbs: "PBS", lsf: "LSF", flux: "Flux" };

const PACKAGES: Weighted<string> = [
  ["numpy", 16],
  ["scipy", 8],
  ["mpi4py", 10],
  ["h5py", 6],
  ["torch", 9],
  ["jax", 4],
  ["tensorflow", 3],
  ["pandas", 6],
  ["xarray", 4],
  ["dask", 4],
  ["numba", 5],
  ["cupy", 4],
  ["netCDF4", 3],
  ["matplotlib", 3],
  ["scikit-learn", 3],
  ["astropy", 2],
  ["petsc4py", 2],
  ["pyarrow", 2],
  ["polars", 1],
  ["numexpr", 1],
];
const COMPILERS = ["GCC 13", "Cray CCE 17", "Intel oneAPI 2024", "NVHPC 24.3", "AOCC 4.1", "Clang 18"];
const CUDA_VERSIONS = ["11.8", "12.2", "12.4", "12.6", "12.8", "13.0"];

// ---------------------------------------------------------------------------
// Text banks. Placeholders: {pkg} {pkg2} {secs} {mins} {nodes} {ranks} {n}
// {gb} {cuda} {py} {ftpy} {fs} {mpi} {gpu} {sched} {compiler}
// ---------------------------------------------------------------------------

interface Template {
  area: AreaSlug;
  title: string;
  /** Relative frequency (default 1). */
  weight?: number;
}

const TEMPLATES: readonly Template[] = [
  // startup-import
  { area: "startup-import", weight: 2, title: "import {pkg} takes {secs} s on {nodes} nodes with {fs}" },
  { area: "startup-import", weight: 1.5, title: "Python startup dominates short jobs on {fs}: {secs} s before main()" },
  { area: "startup-import", weight: 1.5, title: "conda environment activation takes {secs} s on {fs}" },
  { area: "startup-import", title: "Thousands of stat() calls per import overload the {fs} metadata servers" },
  { area: "startup-import", weight: 1.5, title: "import {pkg} at {ranks} MPI ranks hammers {fs}" },
  { area: "startup-import", title: "python -X importtime shows {pkg} spending {secs} s scanning site-packages" },
  { area: "startup-import", title: "Bytecode (.pyc) writes fail on the read-only {fs} software tree" },
  { area: "startup-import", title: "Job array of {n}k tasks spends most of its time importing {pkg}" },
  { area: "startup-import", title: "sys.path with {n} entries makes every import slow on {fs}" },
  { area: "startup-import", title: "Apptainer image with {pkg} starts {secs} s slower than the module install" },
  { area: "startup-import", title: "conda environment activation slow on GPFS" },
  // packaging
  { area: "packaging", weight: 2, title: "pip install mpi4py builds against the wrong MPI on {nodes}-node Cray EX" },
  { area: "packaging", title: "h5py wheels lack MPI support" },
  { area: "packaging", weight: 1.5, title: "Spack python stack rebuilds on every compiler update" },
  { area: "packaging", weight: 1.5, title: "{pkg} wheel ignores the system {mpi} and bundles its own" },
  { area: "packaging", title: "No manylinux wheel for {pkg} on aarch64 compute nodes" },
  { area: "packaging", weight: 1.5, title: "pip picks a CUDA {cuda} build of {pkg} that the {gpu} driver cannot run" },
  { area: "packaging", title: "conda {pkg} and the module-provided {mpi} clash at runtime" },
  { area: "packaging", title: "uv cache in the {fs} home directory exceeds the {gb} GB quota" },
  { area: "packaging", title: "Building {pkg} from source takes {mins} min with {compiler}" },
  { area: "packaging", title: "Wheels cannot express the GPU architecture of our {gpu} nodes" },
  { area: "packaging", title: "mpi4py from PyPI crashes with {mpi} on {nodes} nodes" },
  { area: "packaging", title: "Offline compute nodes cannot install {pkg} from PyPI" },
  // jit-performance
  { area: "jit-performance", title: "Numba JIT compilation of {secs} s is paid again on every rank" },
  { area: "jit-performance", title: "Numba cache on {fs} causes lock contention at {ranks} ranks" },
  { area: "jit-performance", title: "JAX compilation cache is not shared across {nodes} nodes" },
  { area: "jit-performance", title: "CPython {py} JIT gives no speedup for {pkg} kernels" },
  // concurrency
  { area: "concurrency", weight: 1.5, title: "free-threaded build segfaults in extension {pkg}" },
  { area: "concurrency", title: "Free-threaded Python {ftpy}: importing {pkg} re-enables the GIL" },
  { area: "concurrency", title: "multiprocessing fork hangs with {mpi} after {n} workers" },
  { area: "concurrency", title: "Thread oversubscription: {pkg} starts {n} OpenMP threads per rank" },
  { area: "concurrency", title: "Subinterpreters cannot import {pkg}" },
  // c-api
  { area: "c-api", title: "{pkg} extension fails to build against the Python {py} C API" },
  { area: "c-api", title: "No stable-ABI wheels for {pkg}: rebuilding for every Python release" },
  { area: "c-api", title: "Extension modules crash with {mpi} because of a libmpi symbol clash" },
  // array-api
  { area: "array-api", weight: 1.5, title: "CuPy and PyTorch arrays do not interoperate" },
  { area: "array-api", title: "DLPack exchange between {pkg} and CuPy copies through host memory" },
  { area: "array-api", title: "Array API namespace missing in {pkg}, code must special-case NumPy" },
  { area: "array-api", title: "{pkg} converts {gpu} GPU arrays to NumPy without warning" },
  { area: "array-api", title: "Dask arrays with {n}k chunks lose the GPU backend after rechunk" },
];

/** Appended to most titles with fewer than two placeholders, so that titles differ. */
const TITLE_SUFFIXES = [
  " on {nodes} nodes",
  " at {ranks} ranks",
  " (Python {py})",
  " after upgrading to Python {py}",
  " with {mpi}",
  " since the last OS update",
  " on our {gpu} partition",
  " under {sched}",
  " on {fs}",
  " on {nodes} nodes with {fs}",
  " with {compiler}",
  " with CUDA {cuda}",
  " in {pkg2} workflows",
  " when {n} jobs start at once",
];
const suffixChance = (title: string) => [0.9, 0.6][title.match(/\{/g)?.length ?? 0] ?? 0;

const TOPIC_PHRASES: Record<AreaSlug, readonly string[]> = {
  "startup-import": [
    "Running `python -c 'import {pkg}'` under srun takes {secs} s when all {ranks} ranks start at once.",
    "Most of the time is spent in stat() and open() calls against {fs} while Python walks sys.path.",
    "The same import takes well under a second on a laptop, so this is the shared filesystem, not the package.",
    "`python -X importtime` shows the cumulative import time dominated by {pkg} and its dependencies.",
    "Our metadata servers see millions of lookups at job start, and other users notice the slowdown.",
    "With {nodes} nodes the job spends longer starting Python than doing the actual computation.",
    "Conda environments on {fs} contain tens of thousands of small files, which makes cold imports very slow.",
    "Warm starts are faster, but every new allocation lands on nodes with a cold page cache.",
    "Writing .pyc files fails on the read-only software tree, so bytecode is recompiled at every startup.",
    "Short jobs in an array of {n} thousand tasks are dominated by interpreter startup.",
    "Packing the environment into a squashfs image fixes it, but most users do not know how.",
    "Setting PYTHONNOUSERSITE and trimming sys.path saved a few seconds but not enough.",
  ],
  packaging: [
    "`pip install mpi4py` picks up the compiler wrapper from the login node and links against the wrong MPI.",
    "The wheel on PyPI bundles its own {mpi}, which does not use the interconnect on our compute nodes.",
    "Building {pkg} from source with {compiler} takes about {mins} minutes and fails half of the time.",
    "Spack rebuilds the whole Python stack, including numpy and scipy, whenever the compiler module changes.",
    "Mixing conda packages with the site's module-provided {mpi} leads to undefined symbols at runtime.",
    "There is no way to tell pip that the system already provides {mpi} and CUDA {cuda}.",
    "The manylinux wheel works, but it is built without MPI support, so parallel HDF5 is unavailable.",
    "Compute nodes have no internet access, so every install has to be prepared on the login node.",
    "The conda package cache in the home directory exceeded the {gb} GB quota during a single install.",
    "uv resolves the environment in seconds, but the resulting CUDA wheels do not match the driver.",
    "We maintain a private wheelhouse just to get {pkg} built against the vendor libraries.",
    "Users end up with three different numpy builds in one environment and cannot tell which one is loaded.",
  ],
  "jit-performance": [
    "Numba compiles the same kernels on every rank, which adds {secs} s to each job.",
    "The Numba cache directory on {fs} is shared by all ranks and file locking becomes a bottleneck.",
    "JAX recompiles the model on every node because the compilation cache is per process.",
    "The JIT warm-up cost dwarfs the runtime for the short jobs in our workflow.",
    "Caching compiled kernels on node-local disk helps, but the cache is lost when the job ends.",
    "Profiling shows that {pkg} spends most of its time in the interpreter loop rather than in compiled code.",
    "The experimental CPython JIT in Python {py} made no measurable difference for our workload.",
    "Ahead-of-time compilation would help, but shipping compiled kernels for several GPU architectures is hard.",
    "Compile times grow with the number of specialisations, so large parameter sweeps pay them repeatedly.",
    "Kernels compiled on the login node are not valid on the {gpu} compute nodes.",
  ],
  concurrency: [
    "The free-threaded build ({ftpy}) crashes inside {pkg} as soon as more than one thread calls into it.",
    "Importing {pkg} re-enables the GIL in the free-threaded interpreter and prints a warning.",
    "Each MPI rank starts {n} OpenMP threads from the BLAS library, oversubscribing the node.",
    "multiprocessing with the fork start method hangs when the parent has already initialised {mpi}.",
    "Thread pools in {pkg} do not respect the CPU mask set by {sched}.",
    "We want threads instead of processes to share a {gb} GB read-only dataset, but the GIL serialises the work.",
    "The deadlock only appears with more than {n} threads and disappears under a debugger.",
    "Subinterpreters would let us isolate tasks cheaply, but most extension modules refuse to load in them.",
    "asyncio works well for I/O, but mixing it with blocking MPI calls stalls the event loop.",
    "Setting OMP_NUM_THREADS per rank is error-prone and every library reads a different variable.",
  ],
  "c-api": [
    "The extension uses private CPython APIs that changed in Python {py}, so it no longer builds.",
    "Without stable ABI wheels we rebuild every extension for each new Python minor release.",
    "Two extensions load different copies of libmpi and the symbols clash at runtime.",
    "The C extension keeps borrowed references that become unsafe under the free-threaded build.",
    "Cython-generated code from an old release does not compile against the current headers.",
    "Debugging segfaults in the extension needs a debug build of Python that the site does not provide.",
    "The vendor compiler {compiler} rejects some of the macros in the Python headers.",
    "Embedding Python in our Fortran code breaks whenever the interpreter is upgraded.",
    "Limited API support would let us ship one binary for all supported Python versions.",
    "The extension crashes at interpreter shutdown when MPI_Finalize has already run.",
  ],
  "array-api": [
    "Passing a CuPy array to {pkg} silently copies it to host memory and back.",
    "{pkg} does not implement the array API standard, so our code special-cases NumPy everywhere.",
    "DLPack exchange works for contiguous arrays but fails for strided views.",
    "Mixing PyTorch tensors and CuPy arrays needs explicit conversions in every function.",
    "The same code runs on {gpu} GPUs with one library and falls back to the CPU with another.",
    "Array namespaces differ in dtype promotion rules, which changes results between backends.",
    "Dask loses the GPU backend after a rechunk and the computation moves back to NumPy.",
    "We would like to write the solver once and run it on NumPy, CuPy and JAX arrays.",
    "Device memory runs out because intermediate copies are created during conversion.",
    "Type checkers cannot tell which array library a function returns.",
  ],
};

const GENERAL_PHRASES = [
  "This happens on our {sched} cluster with {fs} as the shared filesystem.",
  "We see it with Python {py} and {mpi}.",
  "It costs our group several hours every week.",
  "Several users at our site have reported the same problem to the help desk.",
  "The workaround we use is fragile and breaks with every system update.",
  "I could not find an upstream issue that describes exactly this.",
  "It is reproducible with a minimal environment containing only {pkg}.",
  "The problem gets worse as the job grows beyond {nodes} nodes.",
  "Support staff at the centre suggested a container, which only partially helps.",
  "New students hit this in their first week and lose a lot of time.",
  "Our allocation is charged for the time the job spends waiting on this.",
  "A fix upstream would help every site that runs Python at scale.",
  "We tried both conda and Spack installations with the same result.",
  "Running the same workflow in the cloud does not show the problem.",
  "The issue started after the system was upgraded to a new software stack.",
  "There is a long thread about this on the site's user forum.",
  "I am happy to test patches or provide more details.",
  "Logs and a reproducer are available on request.",
  "GPU jobs with CUDA {cuda} and {pkg2} are affected as well.",
  "This blocks us from moving our production pipeline to Python {py}.",
];

const SNIPPETS = [
  "```\nsrun -N {nodes} python -X importtime -c 'import {pkg}' 2> importtime.log\n```",
  '```\nMPICC="cc -shared" pip install --no-binary=mpi4py mpi4py\n```',
  "```\nmodule load python/{py}\npython -m venv env && source env/bin/activate\npip install {pkg}\n```",
  "```\nconda create -n work python={py} {pkg} {pkg2}\nconda activate work\n```",
  "```\nspack install py-{pkg} ^python@{py}\n```",
  "```\nFatal Python error: Segmentation fault\n\nCurrent thread 0x00007f3a (most recent call first):\n  File \"run.py\", line 42 in <module>\n```",
  "```\nstrace -c -f python -c 'import {pkg}'\n```",
  "```\nexport OMP_NUM_THREADS={n}\nsrun --cpu-bind=cores python run.py\n```",
];

const COMMENT_PHRASES = [
  "Same here on {fs}, with about {nodes} nodes.",
  "We see this too since the last upgrade.",
  "+1, this costs us hours every week.",
  "Have you tried packing the environment into a squashfs image? It cut our startup time to a few seconds.",
  "Setting PYTHONDONTWRITEBYTECODE did not change anything for us.",
  "Our workaround is to copy the environment to node-local disk at job start.",
  "Is this still happening with Python {py}?",
  "I think this is the same problem as the one reported for {pkg} last year.",
  "The maintainers of {pkg} are aware of it; see the linked upstream issue.",
  "Could you post the output of `python -X importtime`?",
  "Rebuilding mpi4py against the system {mpi} fixed it for us.",
  "We moved to Spack environments and the problem went away.",
  "Confirmed on our {sched} system with {mpi}.",
  "This also affects GPU jobs with CUDA {cuda}.",
  "Thanks, the workaround works on our cluster as well.",
  "Which version of {pkg} are you using?",
  "Our centre documents this in the user guide, but people still run into it.",
  "It got worse after we moved home directories to {fs}.",
  "A container helped for us, but it is not an option on every system.",
  "Linking this to the discussion in the last working group meeting.",
  "We measured {secs} s for the same import at {ranks} ranks.",
  "I can reproduce this with a clean environment.",
  "Not reproducible here, but we use node-local installs.",
  "The free-threaded build made this worse for us.",
  "Any news on this? It is still blocking our migration.",
];

const HIDDEN_REASONS = [
  "Spam.",
  "Contains a password in the pasted log.",
  "Off-topic: not about Python on HPC systems.",
  "Personal data in the description; asked the reporter to resubmit.",
  "Abusive language.",
];
const COMMENT_HIDDEN_REASONS = ["Spam.", "Off-topic.", "Abusive language.", "Contains personal data."];

const FIRST_NAMES = [
  "Alex", "Sam", "Jordan", "Taylor", "Morgan", "Riley", "Casey", "Jamie", "Robin", "Kim", "Lee", "Noor", "Priya", "Wei", "Hana",
  "Mateo", "Lucía", "Sofia", "Jonas", "Lena", "Elif", "Omar", "Amara", "Kofi", "Yuki", "Ravi", "Ingrid", "Pavel", "Chiara", "Tomás",
];
const LAST_NAMES = [
  "Example", "Sample", "Placeholder", "Tester", "Demo", "Fixture", "Mock", "Stub", "Dummy", "Specimen", "Prototype", "Draft",
  "Benchmark", "Trial", "Pilot", "Model", "Pattern", "Replica", "Sketch", "Template",
];
const HEADLINES = [
  "Research software engineer",
  "PhD student in computational physics",
  "HPC user support",
  "Postdoc in climate modelling",
  "Computational chemist",
  "Data scientist",
  "Systems administrator",
  "Bioinformatician",
  "Astrophysicist",
  "ML engineer",
];

const SITE_PATTERNS: readonly { name: string; kind: Exclude<SiteKind, "other"> }[] = [
  { name: "Example National Lab", kind: "lab" },
  { name: "Fictional University HPC", kind: "university-cluster" },
  { name: "Example Supercomputing Centre", kind: "national-centre" },
  { name: "Sample State University Cluster", kind: "university-cluster" },
  { name: "Example Institute of Technology", kind: "university-cluster" },
  { name: "Fictional Research Institute", kind: "lab" },
  { name: "Example Cloud Region", kind: "cloud" },
  { name: "Placeholder Weather Service", kind: "national-centre" },
];
const SITE_COUNT = 300;

// ---------------------------------------------------------------------------
// SQL building blocks (all text below is this module's own constants)
// ---------------------------------------------------------------------------

const lit = (value: string) => `'${value.replaceAll("'", "''")}'`;
const textArray = (values: readonly string[]) => `ARRAY[${values.map(lit).join(",")}]::text[]`;
const intArray = (values: readonly number[]) => `ARRAY[${values.join(",")}]::int[]`;

/** The values repeated in proportion to their weights, for picking with one random number. */
function slots<T extends string>(entries: Weighted<T>, size = 200): T[] {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  return entries.flatMap(([value, weight]) => Array.from({ length: Math.max(1, Math.round((weight / total) * size)) }, () => value));
}

/** SQL choosing one of `values` with the random number `r` in [0, 1). */
const pick = (values: readonly string[], r: string) => `(${textArray(values)})[1 + floor((${r}) * ${values.length})::int]`;
const pickWeighted = (entries: Weighted<string>, r: string) => pick(slots(entries), r);

/** SQL reading a stored key as a word, or a weighted fallback when unset, "other" or unknown. */
const wordFor = (column: string, words: Record<string, string>, fallback: string) =>
  `CASE ${column} ${Object.entries(words)
    .map(([key, word]) => `WHEN ${lit(key)} THEN ${lit(word)}`)
    .join(" ")} ELSE ${fallback} END`;

const PLACEHOLDERS = ["pkg", "pkg2", "secs", "mins", "nodes", "ranks", "n", "gb", "cuda", "py", "ftpy", "fs", "mpi", "gpu", "sched", "compiler"] as const;

/** SQL replacing every placeholder in `text` with the matching column of `row`. */
const fill = (text: string, row: string) =>
  PLACEHOLDERS.reduce((sql, name) => `replace(${sql}, '{${name}}', ${row}.ph_${name}::text)`, text);

const NOW = `(now() AT TIME ZONE 'UTC')`;
const ms = (sql: string) => `date_trunc('milliseconds', ${sql})`;
/** SQL for a pseudo-random number in [0, 1) from a row's number; each `salt` is an independent stream. */
const rnd = (x: string, salt: number) => `pg_temp.rnd(${x}, ${salt})`;

/** Small deterministic PRNG for the static site list (mulberry32). */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weightedChoice<T extends string>(entries: Weighted<T>, random: () => number): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let target = random() * total;
  for (const [value, weight] of entries) {
    target -= weight;
    if (target < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

interface Site {
  name: string;
  kind: string;
  filesystem: string;
  scheduler: string;
}

function buildSites(seed: number): Site[] {
  const random = prng(seed * 7919 + 17);
  const used = new Set<string>();
  const sites: Site[] = [];
  while (sites.length < SITE_COUNT) {
    const pattern = SITE_PATTERNS[Math.floor(random() * SITE_PATTERNS.length)]!;
    const name = `${pattern.name} ${1 + Math.floor(random() * 400)}`;
    if (used.has(name)) continue;
    used.add(name);
    const cloud = pattern.kind === "cloud";
    sites.push({
      name,
      kind: pattern.kind,
      filesystem: weightedChoice(cloud ? CLOUD_FILESYSTEM_WEIGHTS : FILESYSTEM_WEIGHTS, random),
      scheduler: weightedChoice(cloud ? CLOUD_SCHEDULER_WEIGHTS : SCHEDULER_WEIGHTS, random),
    });
  }
  return sites;
}

/**
 * Drops the indexes of `tables` that no constraint needs and returns their
 * definitions, to run again after loading (in the same transaction, so other
 * sessions never see them missing). Keeps them when that is not allowed.
 */
async function dropSecondaryIndexes(client: pg.Client, tables: string[]): Promise<string[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE i.indrelid = ANY($1::regclass[]) AND NOT i.indisprimary AND NOT i.indisunique
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
     ORDER BY 1`,
    [tables.map((table) => `"${table}"`)],
  );
  await client.query("SAVEPOINT bench_indexes");
  try {
    for (const row of rows) await client.query(`DROP INDEX ${row.name}`);
    await client.query("RELEASE SAVEPOINT bench_indexes");
    return rows.map((row) => row.definition);
  } catch {
    await client.query("ROLLBACK TO SAVEPOINT bench_indexes");
    return [];
  }
}

/** What the foreign keys of the new rows would have checked, in one pass per key. */
async function checkReferences(client: pg.Client, base: number, count: number) {
  const range = (column: string) => `${column} BETWEEN ${base + 1} AND ${base + count}`;
  const orphans = (child: string, column: string, parent: string, key: string, where: string) =>
    `SELECT ${lit(`${child}.${column}`)} AS reference, count(*)::int AS missing FROM "${child}" c
     WHERE ${where} AND c."${column}" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "${parent}" p WHERE p."${key}" = c."${column}")`;
  const checks = [
    orphans("PainPoint", "reporterId", "User", "id", range("c.id")),
    orphans("PainPoint", "duplicateOfId", "PainPoint", "id", range("c.id")),
    orphans("PainPointArea", "painPointId", "PainPoint", "id", range(`c."painPointId"`)),
    orphans("PainPointArea", "areaSlug", "Area", "slug", range(`c."painPointId"`)),
    orphans("PainPointVote", "userId", "User", "id", range(`c."painPointId"`)),
    orphans("PainPointVote", "painPointId", "PainPoint", "id", range(`c."painPointId"`)),
    orphans("PainPointComment", "authorId", "User", "id", range(`c."painPointId"`)),
    orphans("PainPointComment", "painPointId", "PainPoint", "id", range(`c."painPointId"`)),
    orphans("PainPointPep", "pepNumber", "Pep", "number", range(`c."painPointId"`)),
    orphans("PainPointPep", "painPointId", "PainPoint", "id", range(`c."painPointId"`)),
  ];
  const result = await client.query<{ reference: string; missing: number }>(checks.join(" UNION ALL "));
  const broken = result.rows.filter((row) => row.missing > 0);
  if (broken.length) throw new Error(`Generated rows break foreign keys: ${broken.map((row) => `${row.reference} (${row.missing})`).join(", ")}`);
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

// ---------------------------------------------------------------------------
// The seeding itself
// ---------------------------------------------------------------------------

export async function seedPainPoints(databaseUrl: string, options: SeedPainPointsOptions = {}): Promise<SeedPainPointsResult> {
  const count = options.count ?? 100_000;
  const seed = options.seed ?? 1;
  const log = options.log ?? (() => {});
  if (!Number.isSafeInteger(count) || count < 1 || count > 10_000_000) throw new Error(`count must be a whole number from 1 to 10,000,000, not ${count}.`);
  if (!Number.isSafeInteger(seed) || Math.abs(seed) > 1_000_000_000) throw new Error(`seed must be a whole number up to 1e9, not ${seed}.`);

  const started = performance.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let step = performance.now();
  const run = async (label: string, sql: string) => {
    const result = await client.query(sql);
    const now = performance.now();
    log(`  ${label}: ${result.rowCount ?? 0} rows, ${((now - step) / 1000).toFixed(1)} s`);
    step = now;
    return result;
  };

  try {
    await client.query("BEGIN");
    await client.query(`SET LOCAL TimeZone = 'UTC'`);
    await client.query(`SET LOCAL work_mem = '128MB'`);
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    await client.query(`SET LOCAL synchronous_commit = off`);
    // Nobody else adds reports while the batch takes its ids.
    await client.query(`LOCK TABLE "PainPoint" IN EXCLUSIVE MODE`);
    // Foreign keys are checked once, set-based, before the commit (checkReferences) rather than
    // row by row by their triggers, which would take a third of the time. Turning the triggers off
    // needs a superuser (the embedded cluster's user is one); elsewhere they simply stay on.
    await client.query("SAVEPOINT bench_replica");
    let triggersOff = true;
    try {
      await client.query(`SET LOCAL session_replication_role = replica`);
      await client.query("RELEASE SAVEPOINT bench_replica");
    } catch {
      await client.query("ROLLBACK TO SAVEPOINT bench_replica");
      triggersOff = false;
      log("  (not a superuser: foreign keys are checked row by row, which is slower)");
    }

    const areaRows = await client.query<{ slug: string }>(`SELECT slug FROM "Area" WHERE slug = ANY($1::text[])`, [AREAS]);
    const missing = AREAS.filter((slug) => !areaRows.rows.some((row) => row.slug === slug));
    if (missing.length) throw new Error(`The database lacks the areas ${missing.join(", ")}; run the baseline seed first.`);

    const sequence = (await client.query<{ name: string }>(`SELECT pg_get_serial_sequence('"PainPoint"', 'id') AS name`)).rows[0]!.name;
    const ids = await client.query<{ max: number; last: string; called: boolean }>(
      `SELECT coalesce((SELECT max(id) FROM "PainPoint"), 0) AS max, last_value AS last, is_called AS called FROM ${sequence}`,
    );
    const { max, last, called } = ids.rows[0]!;
    const base = Math.max(max, called ? Number(last) : 0);
    log(`Seeding ${count} pain points after id ${base} (seed ${seed})`);

    await client.query(`
      CREATE FUNCTION pg_temp.rnd(x bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT (hashint8extended(x, ${seed}::bigint * 1000003 + salt) & 9007199254740991)::float8 / 9007199254740992.0 $$`);

    // Sites, each with the kind, filesystem and scheduler its people usually report.
    const sites = buildSites(seed);
    await run(
      "sites",
      `CREATE TEMP TABLE bench_site ON COMMIT DROP AS
       SELECT i::int AS i, name, kind, filesystem, scheduler
       FROM unnest(${textArray(sites.map((s) => s.name))}, ${textArray(sites.map((s) => s.kind))},
                   ${textArray(sites.map((s) => s.filesystem))}, ${textArray(sites.map((s) => s.scheduler))})
            WITH ORDINALITY AS t(name, kind, filesystem, scheduler, i)`,
    );

    // People: 0-based n; most have a home site (popular sites first).
    await run(
      "users (temp)",
      `CREATE TEMP TABLE bench_user ON COMMIT DROP AS
       SELECT n, 'bench-${base}-u' || (n + 1) AS id,
              ${pick(FIRST_NAMES, rnd("n", 101))} || ' ' || ${pick(LAST_NAMES, rnd("n", 102))} AS name,
              CASE WHEN ${rnd("n", 103)} < 0.85 THEN 1 + floor(${SITE_COUNT} * ${rnd("n", 104)} ^ 2)::int END AS site_i,
              CASE WHEN ${rnd("n", 105)} < 0.08 THEN 'MEMBER' ELSE 'USER' END AS role,
              ${ms(`${NOW} - interval '1 day' * (760 + 400 * ${rnd("n", 106)})`)} AS created_at,
              ${rnd("n", 107)} AS r_headline, ${rnd("n", 108)} AS r_headline_kind
       FROM generate_series(0, ${USER_COUNT - 1}) n`,
    );
    await run(
      "users",
      `INSERT INTO "User" (id, name, email, "emailVerified", role, "isDemo", headline, "createdAt", "updatedAt")
       SELECT u.id, u.name, 'user' || (u.n + 1) || '.b${base}@bench.invalid', u.created_at, u.role::"Role", false,
              CASE WHEN u.r_headline < 0.55 THEN ${pick(HEADLINES, "u.r_headline_kind")} || coalesce(', ' || s.name, '') END,
              u.created_at, u.created_at
       FROM bench_user u LEFT JOIN bench_site s ON s.i = u.site_i ORDER BY u.n`,
    );

    // Reports, with every random draw made once per row.
    const templateSlots: number[] = TEMPLATES.flatMap((template, index) => Array.from({ length: Math.round((template.weight ?? 1) * 2) }, () => index + 1));
    const topicPhrases = AREAS.flatMap((area) => TOPIC_PHRASES[area]);
    const topicStart = AREAS.map((area) => 1 + AREAS.slice(0, AREAS.indexOf(area)).reduce((sum, previous) => sum + TOPIC_PHRASES[previous].length, 0));
    const topicLength = AREAS.map((area) => TOPIC_PHRASES[area].length);
    const strides = Array.from({ length: USER_COUNT - 1 }, (_, index) => index + 1).filter((value) => gcd(value, USER_COUNT) === 1);
    const other = (field: keyof typeof OTHER_VALUES, r: string) => `'other:' || ${pick(OTHER_VALUES[field], r)}`;
    const id = "d.id";
    await run(
      "reports (temp)",
      `CREATE TEMP TABLE bench_pp ON COMMIT DROP AS
       WITH a AS MATERIALIZED (
         SELECT g, ${base} + g AS id,
                sqrt((g - ${rnd(`${base} + g`, 1)}) / ${count}::float8) AS t,
                ${rnd(`${base} + g`, 2)} AS r_status,
                ${rnd(`${base} + g`, 3)} AS r_dup,
                floor(${USER_COUNT} * ${rnd(`${base} + g`, 4)} ^ 1.3)::int AS rep
         FROM generate_series(1, ${count}) g
       ), b AS MATERIALIZED (
         SELECT a.*,
                CASE WHEN status = 'DUPLICATE' THEN ${base} + 1 + floor(r_dup * (g - 1))::int END AS dup_of
         FROM (
           SELECT a.*, CASE
                    WHEN r_status < p_new THEN 'NEW'
                    WHEN w < 0.045 THEN CASE WHEN g > 1 THEN 'DUPLICATE' ELSE 'CONFIRMED' END
                    WHEN w < 0.145 THEN 'WONT_FIX'
                    WHEN w < 0.300 THEN 'ADDRESSED'
                    WHEN w < 0.390 THEN 'LINKED_TO_PEP'
                    ELSE 'CONFIRMED' END AS status
           FROM (SELECT a.*, 0.7 - 0.45 * (1 - t) AS p_new, (r_status - (0.7 - 0.45 * (1 - t))) / (0.3 + 0.45 * (1 - t)) AS w FROM a) a
         ) a
       ), d AS MATERIALIZED (
         -- Duplicates share their original's template and package.
         SELECT b.*, coalesce(dup_of, id) AS topic_id,
                (${intArray(templateSlots)})[1 + floor(${rnd("coalesce(dup_of, id)", 10)} * ${templateSlots.length})::int] AS tpl,
                ${pickWeighted(PACKAGES, rnd("coalesce(dup_of, id)", 11))} AS pkg,
                ${pickWeighted(PACKAGES, rnd("coalesce(dup_of, id)", 12))} AS pkg2
         FROM b
       ), e AS MATERIALIZED (
         SELECT d.*, u.id AS reporter_id, s.name AS home_site, s.kind AS home_kind, s.filesystem AS home_fs, s.scheduler AS home_sched,
                ${ms(`${NOW} - interval '730 days' * (1 - d.t)`)} AS created_at,
                CASE WHEN ${rnd(id, 20)} < 0.20 THEN 'BLOCKS_WORK' WHEN ${rnd(id, 20)} < 0.78 THEN 'COSTS_HOURS' ELSE 'ANNOYANCE' END AS severity,
                ${rnd(id, 21)} < 0.5 AS is_public,
                ${rnd(id, 22)} < 0.005 AS is_hidden,
                ${pick(HIDDEN_REASONS, rnd(id, 23))} AS hidden_reason,
                ${rnd(id, 24)} AS r_hidden_at,
                -- Context: each field filled 60-90% of the time, mostly from the reporter's site.
                CASE WHEN s.i IS NULL OR ${rnd(id, 30)} >= 0.82 THEN NULL
                     WHEN ${rnd(id, 31)} < 0.03 THEN upper(s.name)
                     WHEN ${rnd(id, 31)} < 0.06 THEN lower(s.name) || ' '
                     ELSE s.name END AS site,
                CASE WHEN ${rnd(id, 32)} >= 0.80 THEN NULL WHEN ${rnd(id, 33)} < 0.02 THEN ${other("siteKind", rnd(id, 34))}
                     WHEN s.i IS NOT NULL AND ${rnd(id, 33)} < 0.95 THEN s.kind ELSE ${pickWeighted(SITE_KIND_WEIGHTS, rnd(id, 34))} END AS site_kind,
                CASE WHEN ${rnd(id, 35)} >= 0.75 THEN NULL WHEN ${rnd(id, 36)} < 0.02 THEN ${other("scheduler", rnd(id, 37))}
                     WHEN s.i IS NOT NULL AND ${rnd(id, 36)} < 0.90 THEN s.scheduler ELSE ${pickWeighted(SCHEDULER_WEIGHTS, rnd(id, 37))} END AS scheduler,
                CASE WHEN ${rnd(id, 38)} >= 0.86 THEN NULL WHEN ${rnd(id, 39)} < 0.03 THEN ${other("filesystem", rnd(id, 40))}
                     WHEN s.i IS NOT NULL AND ${rnd(id, 39)} < 0.80 THEN s.filesystem ELSE ${pickWeighted(FILESYSTEM_WEIGHTS, rnd(id, 40))} END AS filesystem,
                CASE WHEN ${rnd(id, 41)} >= 0.85 THEN NULL WHEN ${rnd(id, 42)} < 0.03 THEN ${other("installMethod", rnd(id, 43))}
                     ELSE ${pickWeighted(INSTALL_METHOD_WEIGHTS, rnd(id, 43))} END AS install_method,
                CASE WHEN ${rnd(id, 44)} >= 0.80 THEN NULL
                     WHEN ${rnd(id, 45)} < 0.15 THEN regexp_replace(${pickWeighted(PYTHON_VERSION_WEIGHTS, rnd(id, 46))}, 't$', '') || '.' || (1 + floor(${rnd(id, 47)} * 9))::int
                     ELSE ${pickWeighted(PYTHON_VERSION_WEIGHTS, rnd(id, 46))} END AS python_version,
                CASE WHEN ${rnd(id, 48)} >= 0.62 THEN NULL WHEN ${rnd(id, 49)} < 0.02 THEN ${other("mpi", rnd(id, 50))}
                     ELSE ${pickWeighted(MPI_WEIGHTS, rnd(id, 50))} END AS mpi,
                CASE WHEN ${rnd(id, 51)} >= 0.65 THEN NULL WHEN ${rnd(id, 52)} < 0.02 THEN ${other("accelerator", rnd(id, 53))}
                     ELSE ${pickWeighted(ACCELERATOR_WEIGHTS, rnd(id, 53))} END AS accelerator,
                -- Heavy tails: most reports get 0-3 votes, about 0.3% get 50-400.
                CASE WHEN d.status = 'DUPLICATE' THEN floor(3 * ${rnd(id, 60)})::int
                     WHEN ${rnd(id, 61)} < 0.003 THEN 50 + floor(350 * ${rnd(id, 62)} ^ 2.2)::int
                     ELSE least(45, floor(0.9 * ((1 - ${rnd(id, 60)}) ^ -0.62 - 1)))::int END AS n_votes,
                floor(${strides.length} * ${rnd(id, 63)})::int AS r_stride,
                floor(${USER_COUNT} * ${rnd(id, 64)})::int AS v_start,
                least(300, floor(1.7 * ((1 - ${rnd(id, 65)}) ^ -0.6 - 1)))::int AS n_comments_base,
                ${rnd(id, 66)} AS r_comments,
                ${rnd(id, 67)} AS r_area2, ${rnd(id, 68)} AS r_area3, ${rnd(id, 69)} AS r_area2_pick, ${rnd(id, 70)} AS r_area3_pick,
                ${rnd(id, 71)} AS r_pep, ${rnd(id, 72)} AS r_pep1, ${rnd(id, 73)} AS r_pep2, ${rnd(id, 74)} AS r_pep_at,
                2 + floor(5 * ${rnd(id, 80)})::int AS n_sentences,
                floor(1000 * ${rnd(id, 81)})::int AS h_topic, floor(1000 * ${rnd(id, 82)})::int AS h_general,
                ${rnd(id, 83)} AS r_suffix, ${rnd(id, 84)} AS r_suffix_pick, ${rnd(id, 85)} AS r_snippet, ${rnd(id, 86)} AS r_snippet_pick,
                3 + floor(300 * ${rnd(id, 87)} ^ 2.5)::int AS ph_secs,
                10 + floor(170 * ${rnd(id, 88)} ^ 2)::int AS ph_mins,
                power(2, 1 + floor(12 * ${rnd(id, 89)}))::int AS ph_nodes,
                (ARRAY[32, 64, 128])[1 + floor(3 * ${rnd(id, 90)})::int] AS ranks_per_node,
                2 + floor(62 * ${rnd(id, 91)} ^ 1.5)::int AS ph_n,
                (ARRAY[5, 10, 20, 50, 100])[1 + floor(5 * ${rnd(id, 92)})::int] AS ph_gb,
                ${pick(CUDA_VERSIONS, rnd(id, 93))} AS ph_cuda,
                ${pick(["3.13t", "3.14t"], rnd(id, 94))} AS ftpy,
                ${pick(COMPILERS, rnd(id, 95))} AS ph_compiler,
                ${rnd(id, 96)} AS r_fs_word, ${rnd(id, 97)} AS r_mpi_word, ${rnd(id, 98)} AS r_gpu_word
         FROM d
         JOIN bench_user u ON u.n = d.rep
         LEFT JOIN bench_site s ON s.i = u.site_i
       ), f AS MATERIALIZED (
         SELECT e.*,
                e.pkg AS ph_pkg, e.pkg2 AS ph_pkg2, e.ph_nodes * e.ranks_per_node AS ph_ranks,
                coalesce(regexp_replace(e.python_version, '^(3\\.[0-9]+t?).*$', '\\1'), '3.12') AS ph_py,
                CASE WHEN e.python_version LIKE '%t' THEN e.python_version ELSE e.ftpy END AS ph_ftpy,
                ${wordFor("e.filesystem", FS_WORDS, pick(["Lustre", "Lustre", "Lustre", "GPFS", "GPFS"], "e.r_fs_word"))} AS ph_fs,
                ${wordFor("e.mpi", MPI_WORDS, pick(["Cray MPICH", "Open MPI", "Open MPI", "Intel MPI", "MPICH"], "e.r_mpi_word"))} AS ph_mpi,
                ${wordFor("e.accelerator", GPU_WORDS, pick(["NVIDIA", "NVIDIA", "NVIDIA", "AMD"], "e.r_gpu_word"))} AS ph_gpu,
                ${wordFor("e.scheduler", SCHEDULER_WORDS, "'Slurm'")} AS ph_sched,
                array_position(${textArray(AREAS)}, (${textArray(TEMPLATES.map((t) => t.area))})[e.tpl]) AS area_i,
                (${textArray(TEMPLATES.map((t) => t.area))})[e.tpl] AS area,
                (${textArray(TEMPLATES.map((t) => t.title))})[e.tpl]
                  || CASE WHEN e.r_suffix < (ARRAY[${TEMPLATES.map((t) => suffixChance(t.title)).join(",")}]::float8[])[e.tpl]
                          THEN ${pick(TITLE_SUFFIXES, "e.r_suffix_pick")} ELSE '' END AS title_raw
         FROM e
       )
       SELECT f.*,
              ${fill("f.title_raw", "f")} AS title,
              ${fill(
                `(SELECT string_agg(CASE WHEN k = 1 OR ${rnd("f.id * 64 + k", 99)} < 0.6
                                         THEN (${textArray(topicPhrases)})[(${intArray(topicStart)})[f.area_i] + (f.h_topic + k) % (${intArray(topicLength)})[f.area_i]]
                                         ELSE (${textArray(GENERAL_PHRASES)})[1 + (f.h_general + k) % ${GENERAL_PHRASES.length}] END, ' ' ORDER BY k)
                  FROM generate_series(1, f.n_sentences) k)
                || CASE WHEN f.r_snippet < 0.25 THEN E'\\n\\n' || ${pick(SNIPPETS, "f.r_snippet_pick")} ELSE '' END`,
                "f",
              )} AS description,
              (${intArray(strides)})[1 + f.r_stride] AS v_stride
       FROM f`,
    );

    // Votes: distinct people per report (a stride coprime with the number of people), never the reporter.
    await run(
      "votes (temp)",
      `CREATE TEMP TABLE bench_vote ON COMMIT DROP AS
       SELECT p.id AS pain_point_id, u.id AS user_id,
              CASE WHEN s.i IS NOT NULL AND ${rnd("p.id * 1024 + k", 200)} < 0.55 THEN s.name END AS site,
              CASE WHEN ${rnd("p.id * 1024 + k", 201)} < 0.40 THEN coalesce(s.kind, ${pickWeighted(SITE_KIND_WEIGHTS, rnd("p.id * 1024 + k", 202))}) END AS site_kind,
              CASE WHEN ${rnd("p.id * 1024 + k", 203)} < 0.45 THEN coalesce(s.filesystem, ${pickWeighted(FILESYSTEM_WEIGHTS, rnd("p.id * 1024 + k", 204))}) END AS filesystem,
              CASE WHEN ${rnd("p.id * 1024 + k", 205)} < 0.35 THEN ${pickWeighted(INSTALL_METHOD_WEIGHTS, rnd("p.id * 1024 + k", 206))} END AS install_method,
              ${ms(`p.created_at + (${NOW} - p.created_at) * ${rnd("p.id * 1024 + k", 207)} ^ 2`)} AS created_at
       FROM bench_pp p
       CROSS JOIN LATERAL generate_series(1, p.n_votes) k
       CROSS JOIN LATERAL (SELECT CASE WHEN (p.v_start + k * p.v_stride) % ${USER_COUNT} = p.rep
                                       THEN (p.v_start + (p.n_votes + 1) * p.v_stride) % ${USER_COUNT}
                                       ELSE (p.v_start + k * p.v_stride) % ${USER_COUNT} END AS n) voter
       JOIN bench_user u ON u.n = voter.n
       LEFT JOIN bench_site s ON s.i = u.site_i`,
    );

    // Comments: heavy-tailed, more on reports many people share; a quarter by the reporter.
    await run(
      "comments (temp)",
      `CREATE TEMP TABLE bench_comment ON COMMIT DROP AS
       SELECT c.*, ${ms(`c.created_at + interval '1 minute' * (1 + floor(120 * ${rnd("c.h", 304)}))`)} AS edited_raw
       FROM (
         SELECT 'bench-' || p.id || '-' || k AS id, p.id AS pain_point_id, p.id::bigint * 1024 + k AS h,
                CASE WHEN ${rnd("p.id * 1024 + k", 300)} < 0.25 THEN p.reporter_id
                     ELSE 'bench-${base}-u' || (1 + floor(${USER_COUNT} * ${rnd("p.id * 1024 + k", 301)} ^ 1.5)::int) END AS author_id,
                ${fill(
                  `${pick(COMMENT_PHRASES, rnd("p.id * 1024 + k", 302))}
                   || CASE WHEN ${rnd("p.id * 1024 + k", 303)} < 0.4 THEN ' ' || ${pick(COMMENT_PHRASES, rnd("p.id * 1024 + k", 305))} ELSE '' END`,
                  "p",
                )} AS body,
                ${ms(`p.created_at + (${NOW} - p.created_at) * ((k - 1 + ${rnd("p.id * 1024 + k", 306)}) / n.total) ^ 1.6`)} AS created_at,
                ${rnd("p.id * 1024 + k", 307)} < 0.05 AS is_edited,
                ${rnd("p.id * 1024 + k", 308)} < 0.003 AS is_hidden,
                ${pick(COMMENT_HIDDEN_REASONS, rnd("p.id * 1024 + k", 309))} AS hidden_reason
         FROM bench_pp p
         CROSS JOIN LATERAL (SELECT least(400, p.n_comments_base + floor(p.n_votes * 0.2 * p.r_comments)::int) AS total) n
         CROSS JOIN LATERAL generate_series(1, n.total) k
       ) c`,
    );

    // Derived counts, computed as lib/pain-points/records.ts does.
    await run(
      "counts (temp)",
      `CREATE TEMP TABLE bench_count ON COMMIT DROP AS
       SELECT p.id,
              1 + coalesce(v.votes, 0) AS affected_count,
              coalesce(sc.sites, 0) AS site_count,
              coalesce(c.visible, 0) AS comment_count,
              greatest(p.created_at, v.last_at, c.last_at) AS last_activity_at
       FROM bench_pp p
       LEFT JOIN (SELECT pain_point_id, count(*) AS votes, max(created_at) AS last_at FROM bench_vote GROUP BY 1) v ON v.pain_point_id = p.id
       LEFT JOIN (SELECT pain_point_id, count(*) FILTER (WHERE NOT is_hidden) AS visible, max(created_at) AS last_at FROM bench_comment GROUP BY 1) c
              ON c.pain_point_id = p.id
       LEFT JOIN (
         -- Normalised once per distinct spelling rather than once per row.
         WITH named AS (
           SELECT id, site FROM bench_pp WHERE site IS NOT NULL
           UNION ALL
           SELECT pain_point_id, site FROM bench_vote WHERE site IS NOT NULL
         ), spelling AS (
           SELECT site, lower(regexp_replace(trim(site), '\\s+', ' ', 'g')) AS normalised FROM (SELECT DISTINCT site FROM named) raw
         )
         SELECT named.id, count(DISTINCT spelling.normalised) AS sites
         FROM named JOIN spelling ON spelling.site = named.site
         WHERE spelling.normalised <> '' GROUP BY named.id
       ) sc ON sc.id = p.id`,
    );

    // Building the secondary indexes afterwards is about twice as fast as updating them row by row,
    // as long as the tables do not already hold more rows than this batch adds.
    const existing = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "PainPoint"`)).rows[0]!.n);
    const dropped = existing < count ? await dropSecondaryIndexes(client, ["PainPoint", "PainPointArea", "PainPointVote", "PainPointComment"]) : [];
    if (dropped.length) log(`  dropped ${dropped.length} secondary indexes, to rebuild after loading`);
    step = performance.now();

    // The reports themselves, search vector included (updateSearchVector's expression; these reports carry no evidence, so its part is empty).
    await run(
      "PainPoint",
      `INSERT INTO "PainPoint" (id, title, description, severity, status, "reporterId", "isReporterPublic",
         site, "siteKind", scheduler, filesystem, "installMethod", "pythonVersion", mpi, accelerator,
         "affectedCount", "siteCount", "commentCount", "lastActivityAt", "duplicateOfId",
         "isHidden", "hiddenReason", "hiddenAt", "searchVector", "createdAt", "updatedAt")
       SELECT p.id, p.title, p.description, p.severity::"PainSeverity", p.status::"PainStatus", p.reporter_id, p.is_public,
              p.site, p.site_kind, p.scheduler, p.filesystem, p.install_method, p.python_version, p.mpi, p.accelerator,
              c.affected_count, c.site_count, c.comment_count, c.last_activity_at, p.dup_of,
              p.is_hidden, CASE WHEN p.is_hidden THEN p.hidden_reason END,
              CASE WHEN p.is_hidden THEN ${ms(`p.created_at + (${NOW} - p.created_at) * p.r_hidden_at`)} END,
              setweight(to_tsvector('english', p.title), 'A') || setweight(to_tsvector('english', p.description), 'B'),
              p.created_at, c.last_activity_at
       FROM bench_pp p JOIN bench_count c ON c.id = p.id
       ORDER BY p.id`,
    );
    await client.query(`SELECT setval('${sequence}', ${base + count})`);

    await run(
      "PainPointArea",
      `INSERT INTO "PainPointArea" ("painPointId", "areaSlug")
       SELECT DISTINCT id, area FROM (
         SELECT id, area FROM bench_pp
         UNION ALL
         SELECT id, ${pickWeighted(EXTRA_AREA_WEIGHTS, "r_area2_pick")} FROM bench_pp WHERE r_area2 < 0.45
         UNION ALL
         SELECT id, ${pickWeighted(EXTRA_AREA_WEIGHTS, "r_area3_pick")} FROM bench_pp WHERE r_area2 < 0.45 AND r_area3 < 0.3
       ) picked ORDER BY id, area`,
    );

    const votes = await run(
      "PainPointVote",
      `INSERT INTO "PainPointVote" ("painPointId", "userId", site, "siteKind", filesystem, "installMethod", "createdAt")
       SELECT pain_point_id, user_id, site, site_kind, filesystem, install_method, created_at FROM bench_vote ORDER BY pain_point_id, user_id`,
    );

    const comments = await run(
      "PainPointComment",
      `INSERT INTO "PainPointComment" (id, "painPointId", "authorId", body, "createdAt", "editedAt", "isHidden", "hiddenReason")
       SELECT id, pain_point_id, author_id, body, created_at,
              CASE WHEN is_edited THEN least(edited_raw, ${ms(NOW)}) END,
              is_hidden, CASE WHEN is_hidden THEN hidden_reason END
       FROM bench_comment ORDER BY pain_point_id, created_at`,
    );

    // PEP links: most "linked to a PEP" reports, some addressed and confirmed ones, preferring PEPs of the report's area.
    const hpcPeps = await client.query(`SELECT 1 FROM "Pep" WHERE "isHpcRelevant" LIMIT 1`);
    if (hpcPeps.rowCount) {
      await run(
        "PainPointPep",
        `WITH pep AS (
           SELECT pa."areaSlug" AS area, row_number() OVER (PARTITION BY pa."areaSlug" ORDER BY p.number) AS i, p.number
           FROM "Pep" p JOIN "PepArea" pa ON pa."pepNumber" = p.number WHERE p."isHpcRelevant"
           UNION ALL
           SELECT '*', row_number() OVER (ORDER BY number), number FROM "Pep" WHERE "isHpcRelevant"
         ), pep_count AS (
           SELECT area, count(*)::int AS n FROM pep GROUP BY area
         ), linked AS (
           SELECT p.id, p.created_at, p.r_pep_at, k,
                  CASE WHEN k = 1 THEN p.r_pep1 ELSE p.r_pep2 END AS r,
                  CASE WHEN EXISTS (SELECT 1 FROM pep_count WHERE area = p.area) THEN p.area ELSE '*' END AS area
           FROM (
             SELECT id, created_at, r_pep_at, r_pep1, r_pep2, area, CASE
               WHEN status = 'LINKED_TO_PEP' THEN CASE WHEN r_pep < 0.25 THEN 2 ELSE 1 END
               WHEN status = 'ADDRESSED' AND r_pep < 0.2 THEN 1
               WHEN status = 'CONFIRMED' AND r_pep < 0.02 THEN 1
               ELSE 0 END AS links
             FROM bench_pp WHERE status IN ('LINKED_TO_PEP', 'ADDRESSED', 'CONFIRMED')
           ) p
           CROSS JOIN LATERAL generate_series(1, p.links) k
           WHERE p.links > 0
         )
         INSERT INTO "PainPointPep" ("painPointId", "pepNumber", "createdAt")
         SELECT l.id, pep.number, ${ms(`l.created_at + (${NOW} - l.created_at) * l.r_pep_at`)}
         FROM linked l
         JOIN pep_count pc ON pc.area = l.area
         JOIN pep ON pep.area = l.area AND pep.i = 1 + floor(l.r * pc.n)::int
         ON CONFLICT DO NOTHING`,
      );
    } else {
      log("  PainPointPep: skipped, no PEP is marked HPC-relevant");
    }

    for (const definition of dropped) await client.query(definition);
    if (dropped.length) {
      log(`  rebuilt ${dropped.length} indexes, ${((performance.now() - step) / 1000).toFixed(1)} s`);
      step = performance.now();
    }
    if (triggersOff) {
      await checkReferences(client, base, count);
      log(`  foreign keys checked, ${((performance.now() - step) / 1000).toFixed(1)} s`);
      step = performance.now();
    }
    await client.query("COMMIT");
    log(`  committed, ${((performance.now() - step) / 1000).toFixed(1)} s`);
    step = performance.now();
    await run("ANALYZE", `ANALYZE "User", "PainPoint", "PainPointArea", "PainPointVote", "PainPointComment", "PainPointPep"`);

    return {
      painPoints: count,
      votes: votes.rowCount ?? 0,
      comments: comments.rowCount ?? 0,
      users: USER_COUNT,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
