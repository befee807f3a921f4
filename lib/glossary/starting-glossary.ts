/**
 * The starting glossary: the HPC ↔ Python terms every deployment begins with.
 * Each term is a word the two communities use differently, with one sense per
 * community (and sub-community where the split is real), written so a reader
 * from the other side sees what the speaker means. Chairs curate it afterwards
 * through the normal proposal flow. Sources are official documentation (PEPs,
 * docs.python.org, PyPA specifications, Slurm, Lmod, Spack, EasyBuild, MPI and
 * vendor manuals) wherever one exists.
 */
import type { GlossaryLink, GlossaryTermContent } from "@/lib/glossary/glossary-content";

const link = (title: string, url: string): GlossaryLink => ({ title, url });

const L = {
  // CPython documentation
  pyGlossaryGil: link("Python glossary: global interpreter lock", "https://docs.python.org/3/glossary.html#term-global-interpreter-lock"),
  pyTutorialModules: link("Python tutorial: Modules", "https://docs.python.org/3/tutorial/modules.html"),
  pyImportSystem: link("Python reference: The import system", "https://docs.python.org/3/reference/import.html"),
  pySysPathInit: link("Python docs: The initialization of the sys.path module search path", "https://docs.python.org/3/library/sys_path_init.html"),
  pySite: link("Python docs: site — Site-specific configuration hook", "https://docs.python.org/3/library/site.html"),
  pyVenv: link("Python docs: venv — Creation of virtual environments", "https://docs.python.org/3/library/venv.html"),
  pyThreading: link("Python docs: threading", "https://docs.python.org/3/library/threading.html"),
  pyMultiprocessing: link("Python docs: multiprocessing", "https://docs.python.org/3/library/multiprocessing.html"),
  pySubprocess: link("Python docs: subprocess", "https://docs.python.org/3/library/subprocess.html"),
  pyConcurrentFutures: link("Python docs: concurrent.futures", "https://docs.python.org/3/library/concurrent.futures.html"),
  pyInterpreters: link("Python docs: concurrent.interpreters", "https://docs.python.org/3/library/concurrent.interpreters.html"),
  pyQueue: link("Python docs: queue — A synchronized queue class", "https://docs.python.org/3/library/queue.html"),
  pyAsyncioQueue: link("Python docs: asyncio queues", "https://docs.python.org/3/library/asyncio-queue.html"),
  pyAsyncioTask: link("Python docs: Coroutines and Tasks", "https://docs.python.org/3/library/asyncio-task.html"),
  pyArrayModule: link("Python docs: array — Efficient arrays of numeric values", "https://docs.python.org/3/library/array.html"),
  pyAst: link("Python docs: ast — Abstract Syntax Trees", "https://docs.python.org/3/library/ast.html"),
  pyCollectionsAbc: link("Python docs: collections.abc", "https://docs.python.org/3/library/collections.abc.html"),
  pyCtypes: link("Python docs: ctypes", "https://docs.python.org/3/library/ctypes.html"),
  pyDis: link("Python docs: dis — Disassembler for Python bytecode", "https://docs.python.org/3/library/dis.html"),
  pyCompileall: link("Python docs: compileall", "https://docs.python.org/3/library/compileall.html"),
  pyCmdline: link("Python docs: Command line and environment", "https://docs.python.org/3/using/cmdline.html"),
  pyConfigure: link("Python docs: Configure Python", "https://docs.python.org/3/using/configure.html"),
  pyWindows: link("Python docs: Using Python on Windows", "https://docs.python.org/3/using/windows.html"),
  pyOs: link("Python docs: os — Miscellaneous operating system interfaces", "https://docs.python.org/3/library/os.html"),
  pyImportlib: link("Python docs: importlib", "https://docs.python.org/3/library/importlib.html"),
  pyTraceback: link("Python docs: traceback", "https://docs.python.org/3/library/traceback.html"),
  pyFaulthandler: link("Python docs: faulthandler", "https://docs.python.org/3/library/faulthandler.html"),
  pyFunctools: link("Python docs: functools", "https://docs.python.org/3/library/functools.html"),
  pyTyping: link("Python docs: typing", "https://docs.python.org/3/library/typing.html"),
  pyTracemalloc: link("Python docs: tracemalloc", "https://docs.python.org/3/library/tracemalloc.html"),
  pyMemory: link("Python C API: Memory Management", "https://docs.python.org/3/c-api/memory.html"),
  pyCApiInit: link("Python C API: Initialization, Finalization, and Threads", "https://docs.python.org/3/c-api/init.html"),
  pyCApiStable: link("Python C API: C API Stability", "https://docs.python.org/3/c-api/stable.html"),
  pyExtending: link("Python docs: Extending Python with C or C++", "https://docs.python.org/3/extending/extending.html"),
  pyIsolatingExtensions: link("Python HOWTO: Isolating Extension Modules", "https://docs.python.org/3/howto/isolating-extensions.html"),
  pyFreeThreadingHowto: link("Python HOWTO: Python support for free threading", "https://docs.python.org/3/howto/free-threading-python.html"),
  pyWhatsNew313: link("What's New in Python 3.13", "https://docs.python.org/3/whatsnew/3.13.html"),
  devguide: link("Python Developer's Guide", "https://devguide.python.org/"),

  // PEPs
  pep384: link("PEP 384 – Defining a Stable ABI", "https://peps.python.org/pep-0384/"),
  pep420: link("PEP 420 – Implicit Namespace Packages", "https://peps.python.org/pep-0420/"),
  pep427: link("PEP 427 – The Wheel Binary Package Format 1.0", "https://peps.python.org/pep-0427/"),
  pep517: link("PEP 517 – A build-system independent format for source trees", "https://peps.python.org/pep-0517/"),
  pep600: link("PEP 600 – Future 'manylinux' Platform Tags", "https://peps.python.org/pep-0600/"),
  pep658: link("PEP 658 – Serve Distribution Metadata in the Simple Repository API", "https://peps.python.org/pep-0658/"),
  pep684: link("PEP 684 – A Per-Interpreter GIL", "https://peps.python.org/pep-0684/"),
  pep703: link("PEP 703 – Making the Global Interpreter Lock Optional in CPython", "https://peps.python.org/pep-0703/"),
  pep714: link("PEP 714 – Rename dist-info-metadata in the Simple API", "https://peps.python.org/pep-0714/"),
  pep734: link("PEP 734 – Multiple Interpreters in the Stdlib", "https://peps.python.org/pep-0734/"),
  pep744: link("PEP 744 – JIT Compilation", "https://peps.python.org/pep-0744/"),
  pep779: link("PEP 779 – Criteria for supported status for free-threaded Python", "https://peps.python.org/pep-0779/"),
  pep3147: link("PEP 3147 – PYC Repository Directories", "https://peps.python.org/pep-3147/"),

  // PyPA
  ppGlossary: link("Python Packaging User Guide: Glossary", "https://packaging.python.org/en/latest/glossary/"),
  ppDistVsImport: link("Python Packaging User Guide: Distribution package vs. import package", "https://packaging.python.org/en/latest/discussions/distribution-package-vs-import-package/"),
  ppWheelSpec: link("PyPA specification: Binary distribution format", "https://packaging.python.org/en/latest/specifications/binary-distribution-format/"),
  ppSdistSpec: link("PyPA specification: Source distribution format", "https://packaging.python.org/en/latest/specifications/source-distribution-format/"),
  ppTags: link("PyPA specification: Platform compatibility tags", "https://packaging.python.org/en/latest/specifications/platform-compatibility-tags/"),
  ppCoreMetadata: link("PyPA specification: Core metadata", "https://packaging.python.org/en/latest/specifications/core-metadata/"),
  ppSimpleApi: link("PyPA specification: Simple repository API", "https://packaging.python.org/en/latest/specifications/simple-repository-api/"),
  ppExternallyManaged: link("PyPA specification: Externally Managed Environments", "https://packaging.python.org/en/latest/specifications/externally-managed-environments/"),
  ppRecordingInstalled: link("PyPA specification: Recording installed projects", "https://packaging.python.org/en/latest/specifications/recording-installed-packages/"),
  ppPylock: link("PyPA specification: pylock.toml", "https://packaging.python.org/en/latest/specifications/pylock-toml/"),
  ppPyprojectToml: link("PyPA specification: pyproject.toml", "https://packaging.python.org/en/latest/specifications/pyproject-toml/"),
  ppVersionSpecifiers: link("PyPA specification: Version specifiers", "https://packaging.python.org/en/latest/specifications/version-specifiers/"),
  ppDependencySpecifiers: link("PyPA specification: Dependency specifiers", "https://packaging.python.org/en/latest/specifications/dependency-specifiers/"),
  ppVirtualEnvironments: link("PyPA specification: Python virtual environments", "https://packaging.python.org/en/latest/specifications/virtual-environments/"),
  ppEntryPoints: link("PyPA specification: Entry points", "https://packaging.python.org/en/latest/specifications/entry-points/"),
  ppBinaryExtensions: link("Python Packaging User Guide: Packaging binary extensions", "https://packaging.python.org/en/latest/guides/packaging-binary-extensions/"),
  pipInstall: link("pip documentation: pip install", "https://pip.pypa.io/en/stable/cli/pip_install/"),
  pipResolution: link("pip documentation: Dependency resolution", "https://pip.pypa.io/en/stable/topics/dependency-resolution/"),
  pipCaching: link("pip documentation: Caching", "https://pip.pypa.io/en/stable/topics/caching/"),
  manylinux: link("pypa/manylinux", "https://github.com/pypa/manylinux"),
  auditwheel: link("pypa/auditwheel", "https://github.com/pypa/auditwheel"),
  cibuildwheel: link("cibuildwheel documentation", "https://cibuildwheel.pypa.io/"),
  freeThreadingGuide: link("Python free-threading guide", "https://py-free-threading.github.io/"),

  // Scientific Python
  arrayApi: link("Python array API standard", "https://data-apis.org/array-api/latest/"),
  arrayApiInterchange: link("Array API standard: Data interchange mechanisms", "https://data-apis.org/array-api/latest/design_topics/data_interchange.html"),
  sklearnArrayApi: link("scikit-learn: Array API support", "https://scikit-learn.org/stable/modules/array_api.html"),
  dlpack: link("DLPack documentation", "https://dmlc.github.io/dlpack/latest/"),
  dlpackPython: link("DLPack: Python specification", "https://dmlc.github.io/dlpack/latest/python_spec.html"),
  numpyNdarray: link("NumPy: The N-dimensional array (ndarray)", "https://numpy.org/doc/stable/reference/arrays.ndarray.html"),
  numpyNdim: link("NumPy: ndarray.ndim", "https://numpy.org/doc/stable/reference/generated/numpy.ndarray.ndim.html"),
  numba: link("Numba documentation", "https://numba.readthedocs.io/en/stable/"),
  mpi4py: link("MPI for Python (mpi4py) documentation", "https://mpi4py.readthedocs.io/en/stable/"),
  mpi4pyInstall: link("mpi4py: Installation", "https://mpi4py.readthedocs.io/en/stable/install.html"),
  daskScheduling: link("Dask: Scheduling", "https://docs.dask.org/en/stable/scheduling.html"),
  daskDataFrame: link("Dask DataFrame", "https://docs.dask.org/en/stable/dataframe.html"),
  daskWorker: link("Dask.distributed: Worker", "https://distributed.dask.org/en/stable/worker.html"),
  daskJobqueue: link("Dask-Jobqueue", "https://jobqueue.dask.org/"),
  joblib: link("joblib documentation", "https://joblib.readthedocs.io/en/stable/"),
  threadpoolctl: link("joblib/threadpoolctl", "https://github.com/joblib/threadpoolctl"),
  jupyterKernels: link("Jupyter Client: Making kernels for Jupyter", "https://jupyter-client.readthedocs.io/en/stable/kernels.html"),
  ipykernelInstall: link("IPython: Installing the IPython kernel", "https://ipython.readthedocs.io/en/stable/install/kernel_install.html"),
  pybind11: link("pybind11 documentation", "https://pybind11.readthedocs.io/en/stable/"),
  condaEnvironments: link("conda: Environments", "https://docs.conda.io/projects/conda/en/latest/user-guide/concepts/environments.html"),
  condaManageEnvironments: link("conda: Managing environments", "https://docs.conda.io/projects/conda/en/latest/user-guide/tasks/manage-environments.html"),
  condaForge: link("conda-forge documentation", "https://conda-forge.org/docs/"),

  // HPC
  slurmQuickstart: link("Slurm: Quick Start User Guide", "https://slurm.schedmd.com/quickstart.html"),
  slurmOverview: link("Slurm: Overview", "https://slurm.schedmd.com/overview.html"),
  slurmJobLaunch: link("Slurm: Job Launch Design Guide", "https://slurm.schedmd.com/job_launch.html"),
  slurmSbatch: link("Slurm: sbatch", "https://slurm.schedmd.com/sbatch.html"),
  slurmSrun: link("Slurm: srun", "https://slurm.schedmd.com/srun.html"),
  slurmSalloc: link("Slurm: salloc", "https://slurm.schedmd.com/salloc.html"),
  slurmSqueue: link("Slurm: squeue", "https://slurm.schedmd.com/squeue.html"),
  slurmJobArray: link("Slurm: Job Array Support", "https://slurm.schedmd.com/job_array.html"),
  slurmCpuManagement: link("Slurm: CPU Management User and Administrator Guide", "https://slurm.schedmd.com/cpu_management.html"),
  slurmMpiGuide: link("Slurm: MPI Users Guide", "https://slurm.schedmd.com/mpi_guide.html"),
  slurmContainers: link("Slurm: Containers Guide", "https://slurm.schedmd.com/containers.html"),
  slurmSpank: link("Slurm: SPANK plugins", "https://slurm.schedmd.com/spank.html"),
  lmod: link("Lmod documentation", "https://lmod.readthedocs.io/en/latest/"),
  lmodHooks: link("Lmod: SitePackage.lua and hooks", "https://lmod.readthedocs.io/en/latest/170_hooks.html"),
  lmodSitePackage: link("Lmod: Modify Lmod behavior with SitePackage.lua", "https://lmod.readthedocs.io/en/latest/250_site_package.html"),
  lmodExtensions: link("Lmod: Module Extensions", "https://lmod.readthedocs.io/en/latest/330_extensions.html"),
  envModules: link("Environment Modules documentation", "https://modules.readthedocs.io/en/latest/"),
  spack: link("Spack documentation", "https://spack.readthedocs.io/en/latest/"),
  spackSpecs: link("Spack: Spec syntax", "https://spack.readthedocs.io/en/latest/spec_syntax.html"),
  spackConcretizer: link("Spack: Concretization settings (concretizer.yaml)", "https://spack.readthedocs.io/en/latest/build_settings.html"),
  spackBuildCaches: link("Spack: Build caches", "https://spack.readthedocs.io/en/latest/binary_caches.html"),
  spackModules: link("Spack: Modules (modules.yaml)", "https://spack.readthedocs.io/en/latest/module_file_support.html"),
  spackEnvironments: link("Spack: Environments", "https://spack.readthedocs.io/en/latest/environments.html"),
  archspec: link("archspec documentation", "https://archspec.readthedocs.io/en/latest/"),
  ebTerminology: link("EasyBuild: Concepts and terminology", "https://docs.easybuild.io/terminology/"),
  ebToolchains: link("EasyBuild: Common toolchains", "https://docs.easybuild.io/common-toolchains/"),
  ebEasyconfigs: link("EasyBuild: Writing easyconfig files", "https://docs.easybuild.io/writing-easyconfig-files/"),
  ebRpath: link("EasyBuild: Support for RPATH", "https://docs.easybuild.io/rpath-support/"),
  mpiForum: link("MPI Forum: MPI documents", "https://www.mpi-forum.org/docs/"),
  openmp: link("OpenMP specifications", "https://www.openmp.org/specifications/"),
  cudaGuide: link("NVIDIA: CUDA C++ Programming Guide", "https://docs.nvidia.com/cuda/cuda-c-programming-guide/"),
  cudaJitCaching: link("NVIDIA: CUDA Pro Tip: Understand Fat Binaries and JIT Caching", "https://developer.nvidia.com/blog/cuda-pro-tip-understand-fat-binaries-jit-caching/"),
  apptainer: link("Apptainer User Guide", "https://apptainer.org/docs/user/latest/"),
  lustreManual: link("Lustre Operations Manual", "https://doc.lustre.org/lustre_manual.xhtml"),
  lustreWiki: link("Lustre wiki", "https://wiki.lustre.org/Main_Page"),
  storageScale: link("IBM Storage Scale documentation", "https://www.ibm.com/docs/en/storage-scale"),
  gfortran: link("GNU Fortran manual", "https://gcc.gnu.org/onlinedocs/gfortran/"),
} as const;

/** slug → content */
export const startingGlossary: readonly (GlossaryTermContent & { slug: string })[] = [
  {
    slug: "abi",
    term: "ABI",
    aliases: ["application binary interface"],
    areas: ["c-api", "packaging"],
    related: ["limited-api", "wheel", "shared-library", "manylinux"],
    senses: [
      {
        community: "hpc",
        note: "To HPC staff: whether code built with one compiler or MPI library can link to or run against another without a rebuild.",
        definition:
          "The binary contract between compiled objects: calling conventions, symbol names, type and struct layouts. In HPC it decides what can be swapped: Open MPI and MPICH are not ABI-compatible (MPICH-derived libraries such as Intel MPI and Cray MPICH aim to stay compatible with MPICH), Fortran `.mod` files are compiler-specific, and C++ code is affected by libstdc++'s dual ABI.",
        example: "Don't mix the Open MPI and MPICH builds; they aren't ABI-compatible, so rebuild against the MPI module you load.",
        links: [L.spack],
      },
      {
        community: "python",
        subCommunity: "CPython core",
        note: "To CPython developers: the binary interface extension modules compile against, which changes with every 3.x feature release.",
        definition:
          "CPython's ABI is the layout of its C structures and its exported symbols. By default it is specific to one feature release and build flavor: an extension compiled for 3.12 will not load in 3.13, and the free-threaded build (`3.13t`) has its own ABI. Wheel filenames record it as the ABI tag, e.g. `cp312` or `cp313t`; `abi3` marks the stable ABI.",
        example: "That wheel is tagged `cp312-cp312`, so it won't install on 3.13; rebuild it or target the stable ABI.",
        links: [L.pyCApiStable, L.ppTags],
      },
    ],
  },
  {
    slug: "allocation",
    term: "allocation",
    aliases: ["job allocation"],
    areas: [],
    related: ["job", "node", "core", "pool"],
    senses: [
      {
        community: "hpc",
        subCommunity: "Slurm",
        note: "To a Slurm user: the nodes, cores, GPUs and memory granted to a job, or a project's grant of core-hours on a system.",
        definition:
          "A job allocation is a claim on compute resources, created by `salloc`, `sbatch` or `srun`; job steps started with `srun` inside it share those resources until it ends. An allocation is also the compute time (core-hours or GPU-hours) awarded to a project, against which jobs are charged.",
        example: "Grab an interactive allocation with `salloc -N 2 --time=1:00:00`, then `srun` your test inside it.",
        links: [L.slurmJobLaunch, L.slurmSalloc],
      },
      {
        community: "python",
        note: "To a Python developer: memory allocation inside the interpreter, by pymalloc, mimalloc or the system allocator.",
        definition:
          "CPython serves small objects from its own allocator (pymalloc; the free-threaded build uses mimalloc) and larger blocks from `malloc`. `PYTHONMALLOC` selects or debugs the allocator and `tracemalloc` attributes allocations to source lines. None of this reserves cores or nodes.",
        example: "Run with `PYTHONMALLOC=debug` to catch the buffer overrun; `tracemalloc` shows which line does the allocation.",
        links: [L.pyMemory, L.pyTracemalloc],
      },
    ],
  },
  {
    slug: "array",
    term: "array",
    aliases: ["job array"],
    areas: ["array-api"],
    related: ["array-api", "index", "job", "task"],
    senses: [
      {
        community: "hpc",
        subCommunity: "Slurm",
        note: "To a Slurm user: a job array, many copies of one batch script that differ only in an index.",
        definition: "Submitted with `sbatch --array=0-99` (add `%N` to cap how many run at once). Each element is scheduled as its own job and reads its index from `SLURM_ARRAY_TASK_ID`. PBS Pro's equivalent is `qsub -J`.",
        example: "Submit the parameter sweep as a job array and pick the input file from `SLURM_ARRAY_TASK_ID`.",
        links: [L.slurmJobArray],
      },
      {
        community: "python",
        subCommunity: "scientific Python",
        note: "To a scientific Python user: an n-dimensional array object such as a NumPy `ndarray`, living in one process's memory.",
        definition:
          "A typed, strided block of memory with a shape: `numpy.ndarray`, CuPy arrays, PyTorch tensors. The standard library's `array` module is a different, one-dimensional type. An array is local to one process; spreading one across nodes takes MPI, Dask or a similar library.",
        example: "Keep the coordinates in one float32 array of shape `(n, 3)` and let NumPy vectorize the loop.",
        links: [L.numpyNdarray, L.pyArrayModule],
      },
    ],
  },
  {
    slug: "array-api",
    term: "array API",
    aliases: ["array API standard"],
    areas: ["array-api"],
    related: ["dlpack", "array", "kernel"],
    senses: [
      {
        community: "python",
        subCommunity: "scientific Python",
        note: "To scientific Python developers: the Python array API standard, one set of functions and semantics many array libraries implement.",
        definition:
          "A specification by the Consortium for Python Data API Standards of array functions, dtypes and semantics. NumPy 2.x and JAX implement it directly, and `array_api_compat` adapts CuPy, PyTorch and others. Code obtains the namespace with `x.__array_namespace__()` and stays library-agnostic; SciPy and scikit-learn use it to accept GPU arrays.",
        example: "Write it against the array API and the same function runs on NumPy arrays on the login node and CuPy arrays on the GPU nodes.",
        links: [L.arrayApi, L.sklearnArrayApi],
      },
      {
        community: "hpc",
        note: "To HPC staff: a specification, not a library: like MPI is a standard that Open MPI and MPICH implement.",
        definition:
          "Supporting it is how Python libraries gain GPU portability without CUDA-specific code paths: the same SciPy or scikit-learn call dispatches to whichever conforming array library the user passes in. It says nothing about distributing arrays across nodes or ranks.",
        example: "If the package supports the array API, users can pass CuPy arrays and run on the GPU partition without a port.",
        links: [L.arrayApi],
      },
    ],
  },
  {
    slug: "binary",
    term: "binary",
    aliases: ["binary distribution", "bdist"],
    areas: ["packaging"],
    related: ["wheel", "source-distribution", "build", "platform"],
    senses: [
      {
        community: "hpc",
        note: "To HPC staff: an executable or library compiled for a specific CPU target, often tuned with `-march` for the machine.",
        definition:
          "A compiled artifact tied to an instruction set, a compiler runtime and the libraries it links. Centers build per microarchitecture (Spack `target=zen3`, EasyBuild `--optarch`) and may share results through binary caches; a binary optimized for a newer CPU fails with illegal instructions on an older one.",
        example: "The binary was built with `-march=sapphirerapids`, so it dies with SIGILL on the older nodes.",
        links: [L.spackBuildCaches, L.spackSpecs],
      },
      {
        community: "python",
        subCommunity: "packaging",
        note: "To Python packagers: a built distribution (a wheel), as opposed to an sdist; 'binary-only' means pip will not compile anything.",
        definition:
          "In packaging, 'binary' means a built distribution, today always a wheel, whether or not it contains compiled code: a pure-Python `py3-none-any` wheel is still a binary. pip's `--only-binary :all:` refuses sdists and `--no-binary` forces building from source.",
        example: "Install with `--only-binary :all:` so pip fails fast instead of trying to compile SciPy on the login node.",
        links: [L.ppGlossary, L.pipInstall],
      },
    ],
  },
  {
    slug: "build",
    term: "build",
    aliases: [],
    areas: ["packaging"],
    related: ["install", "wheel", "toolchain", "free-threading"],
    senses: [
      {
        community: "hpc",
        note: "To HPC staff: compiling software from source for the machine, with a chosen compiler, MPI, flags and dependencies.",
        definition:
          "A build is one configured compilation of a package: in Spack, a concrete spec (version, variants, compiler, target, dependencies); in EasyBuild, an easyconfig with its toolchain. Several builds of the same version often coexist, each behind its own module.",
        example: "We have two builds of HDF5 1.14, one with Open MPI and one serial; load the one that matches your toolchain.",
        links: [L.spackSpecs, L.ebTerminology],
      },
      {
        community: "python",
        subCommunity: "packaging",
        note: "To Python packagers: turning a source tree or sdist into a wheel (or an sdist) through a PEP 517 build backend.",
        definition:
          "`python -m build`, or pip before installing, calls the backend named in `pyproject.toml` (such as setuptools, hatchling, meson-python or scikit-build-core) in an isolated environment holding the `build-system.requires` packages (PEP 517/518). The result is a distribution file; the build step itself installs nothing into your environment.",
        example: "The build failed in the isolated environment because `build-system.requires` pins a NumPy without 3.13 support.",
        links: [L.pep517, L.ppPyprojectToml],
      },
      {
        community: "python",
        subCommunity: "CPython core",
        note: "To CPython developers: a configured interpreter variant, such as the free-threaded, debug or JIT-enabled build.",
        definition:
          "CPython is compiled with `./configure` options that change its behavior or ABI: `--disable-gil` (free-threaded build), `--with-pydebug` (debug build), `--enable-experimental-jit`, `--enable-optimizations` (PGO). 'The free-threaded build' is a different binary, not a runtime switch.",
        example: "It only reproduces on the free-threaded debug build, so configure with `--disable-gil --with-pydebug`.",
        links: [L.pyConfigure],
      },
    ],
  },
  {
    slug: "cache",
    term: "cache",
    aliases: ["__pycache__", "build cache"],
    areas: ["startup-import", "packaging"],
    related: ["import-time", "metadata-server", "binary"],
    senses: [
      {
        community: "hpc",
        note: "To HPC staff: usually a CPU cache level (L1/L2/L3), or a Spack build cache of prebuilt binaries.",
        definition:
          "Node-level performance work is mostly about CPU caches: blocking loops so data stays in L2/L3 and avoiding false sharing between threads. In Spack, a build cache is a mirror of prebuilt, signed package tarballs that `spack install` reuses instead of compiling.",
        example: "The loop is L3-bound; block it so each thread's tile fits in cache.",
        links: [L.spackBuildCaches],
      },
      {
        community: "python",
        note: "To Python users: `__pycache__` bytecode files, or pip's and uv's download and wheel caches in your home or project.",
        definition:
          "CPython writes compiled bytecode to `__pycache__/*.pyc` beside each source file (PEP 3147) and checks it on import; `PYTHONPYCACHEPREFIX` redirects it, which helps on read-only or shared file systems. pip and uv keep HTTP and built-wheel caches (`pip cache dir`, `UV_CACHE_DIR`) that can fill a small home quota.",
        example: "Set `PIP_CACHE_DIR` to scratch; the pip cache filled your 10 GB home quota.",
        links: [L.pep3147, L.pipCaching],
      },
    ],
  },
  {
    slug: "compiler",
    term: "compiler",
    aliases: [],
    areas: ["c-api", "jit-performance"],
    related: ["toolchain", "wrapper", "jit", "build"],
    senses: [
      {
        community: "hpc",
        note: "To HPC staff: the C/C++/Fortran compiler suite you load as a module: GCC, Intel oneAPI, NVHPC, Cray CCE, AOCC.",
        definition:
          "The compiler is part of a software stack's identity: libraries built with it sit in its branch of the module hierarchy, and Fortran modules or C++ libraries from different compilers may not link together. Users select it with `module load`; MPI wrappers such as `mpicc` call it underneath.",
        example: "Load `gcc/13` before `openmpi`; which Open MPI module you get depends on the compiler you loaded.",
        links: [L.lmod, L.ebToolchains],
      },
      {
        community: "python",
        subCommunity: "CPython core",
        note: "To CPython developers: the bytecode compiler inside the interpreter that turns source code into code objects.",
        definition:
          "CPython parses source to an AST and compiles it to bytecode (`compile()`, `py_compile`, `compileall`); `dis` shows the result. Building C extensions is a separate matter: setuptools uses the C compiler recorded in `sysconfig` when CPython itself was built, unless `CC` overrides it.",
        example: "Run `compileall` on site-packages at install time so bytecode isn't recompiled in memory by every rank at import.",
        links: [L.pyDis, L.pyCompileall],
      },
    ],
  },
  {
    slug: "conda-environment",
    term: "conda environment",
    aliases: ["conda env"],
    areas: ["packaging", "startup-import"],
    related: ["virtual-environment", "environment", "module", "shared-library"],
    senses: [
      {
        community: "python",
        subCommunity: "conda",
        note: "To a conda user: a prefix directory with its own Python, compiled libraries and tools, managed by conda or mamba.",
        definition:
          "Created with `conda create -n name` (or `-p path`), a conda environment holds Python plus non-Python packages such as compilers, MPI, BLAS and CUDA libraries from channels like conda-forge, all resolved together by conda's solver. `conda activate` puts its `bin` first on `PATH`.",
        example: "`conda create -n sim -c conda-forge python=3.12 numpy mpi4py`, then activate it before you run.",
        links: [L.condaManageEnvironments, L.condaEnvironments],
      },
      {
        community: "hpc",
        note: "To HPC staff: tens of thousands of small files on shared storage, bringing their own MPI and libraries that bypass modules.",
        definition:
          "On a cluster a conda environment usually sits on a parallel file system, where its many small files strain inode quotas and metadata servers, and its bundled `libstdc++`, MPI or CUDA runtime can shadow or conflict with the center's modules. Centers often advise project space, a container image, or conda-forge's `external` MPI builds that use the site MPI.",
        example: "Please don't build conda environments in `$HOME`; put them in project space or a container image.",
        links: [L.condaEnvironments, L.condaForge],
      },
    ],
  },
  {
    slug: "container",
    term: "container",
    aliases: ["container image"],
    areas: ["startup-import"],
    related: ["environment", "conda-environment", "stack", "import-time"],
    senses: [
      {
        community: "hpc",
        note: "To HPC staff: an Apptainer (formerly Singularity) image run unprivileged inside a job, often a single SIF file.",
        definition:
          "HPC container runtimes (Apptainer, Podman, Charliecloud, Sarus) run as the user without a root daemon and bind host file systems, GPUs and the interconnect into the image. Because a SIF image is one file, importing Python packages from it costs far fewer metadata operations on Lustre or GPFS than the same environment as loose files.",
        example: "Package the environment as an Apptainer image and run it with `srun apptainer exec env.sif python train.py`.",
        links: [L.apptainer, L.slurmContainers],
      },
      {
        community: "python",
        note: "To a Python developer: an object that holds other objects and supports `in`, like a list, dict or set.",
        definition:
          "A container implements `__contains__`; `collections.abc.Container` is its abstract base class, and `Sequence`, `Mapping` and `Set` build on it through `Collection`. The word is about data structures, not process isolation.",
        example: "Accept any container here; the function only uses `x in allowed`.",
        links: [L.pyCollectionsAbc],
      },
    ],
  },
  {
    slug: "core",
    term: "core",
    aliases: ["CPU core"],
    areas: ["concurrency"],
    related: ["thread", "process", "allocation", "node"],
    senses: [
      {
        community: "hpc",
        note: "To HPC staff: a physical CPU core, the unit Slurm allocates and charges in core-hours.",
        definition:
          "A node has sockets of cores, each possibly running two or more hardware threads (SMT); whether Slurm's 'CPU' means a core or a hardware thread depends on the node configuration. Jobs request cores with `--ntasks` and `--cpus-per-task` and are confined to them by cgroups and affinity.",
        example: "Ask for `--cpus-per-task=8` and set `OMP_NUM_THREADS` to match, or your threads share one core.",
        links: [L.slurmCpuManagement],
      },
      {
        community: "python",
        note: "To Python people: CPython's core developers and core team, or private 'core' subpackages such as `numpy._core`.",
        definition:
          "A 'core dev' is a CPython committer; 'core' also names internal subpackages (NumPy 2 renamed `numpy.core` to the private `numpy._core`). When Python code counts cores, `os.cpu_count()` reports every CPU on the node, while `os.process_cpu_count()` (3.13+) and `os.sched_getaffinity(0)` reflect the job's binding.",
        example: "That's one for the core devs: open an issue on the CPython repository with a reproducer on `main`.",
        links: [L.devguide, L.pyOs],
      },
    ],
  },
  {
    slug: "dependency-resolution",
    term: "dependency resolution",
    aliases: ["dependency resolver"],
    areas: ["packaging"],
    related: ["spec", "lock", "index", "package"],
    senses: [
      {
        community: "hpc",
        subCommunity: "Spack",
        note: "To a Spack user: concretization, choosing versions, variants, compilers and targets for a whole dependency graph.",
        definition:
          "Spack's concretizer turns abstract specs into concrete ones with an answer-set solver (clingo), optionally reusing installed packages and build caches (`concretizer:reuse`). EasyBuild instead follows the dependency versions pinned in easyconfig files, building missing ones with `--robot`.",
        example: "Concretize the environment first and check that everything picked `^openmpi@5` before you install.",
        links: [L.spackConcretizer, L.spackSpecs],
      },
      {
        community: "python",
        subCommunity: "packaging",
        note: "To Python packagers: picking one version of each distribution that satisfies every requirement, done by pip, uv or conda.",
        definition:
          "pip's backtracking resolver (since 20.3) and uv's PubGrub-based resolver choose versions from an index using PEP 440 specifiers and environment markers, reading each candidate's metadata; conda's solver (libmamba by default) does the same across Python and non-Python packages. Only names and versions are solved, not compilers or CPU targets.",
        example: "The resolver backtracked through 40 versions of botocore; add a lower bound so it doesn't have to.",
        links: [L.pipResolution, L.ppVersionSpecifiers],
      },
    ],
  },
  {
    slug: "distribution",
    term: "distribution",
    aliases: ["distro"],
    areas: ["packaging"],
    related: ["package", "wheel", "source-distribution", "conda-environment"],
    senses: [
      {
        community: "hpc",
        note: "To HPC staff: the Linux distribution on the nodes (RHEL, Rocky, SLES), which fixes glibc and the system libraries.",
        definition:
          "The operating system image determines the glibc version, kernel and base libraries that every binary runs against; a 'distribution package' in Linux terms is an RPM or deb from its package manager, not a PyPI project. Upgrading it (for example RHEL 8 to 9) usually means rebuilding the software stack.",
        example: "The compute nodes moved to Rocky 9, so we're rebuilding the whole stack against the new system libraries.",
        links: [L.ppDistVsImport],
      },
      {
        community: "python",
        subCommunity: "packaging",
        note: "To Python packagers: a distribution package, the installable project release you `pip install`, or one of its files.",
        definition:
          "A distribution is what PyPI lists and `pip install name` fetches: a project at a version, shipped as an sdist and/or wheels and described by core metadata. Its name need not match the import package it provides (`pip install scikit-learn`, `import sklearn`). 'A Python distribution' such as Miniforge or the python.org installer is a further meaning.",
        example: "The distribution is `pillow`, but the import package it installs is `PIL`.",
        links: [L.ppDistVsImport, L.ppGlossary],
      },
    ],
  },
  {
    slug: "dlpack",
    term: "DLPack",
    aliases: ["__dlpack__"],
    areas: ["array-api"],
    related: ["array-api", "array", "kernel"],
    senses: [
      {
        community: "python",
        subCommunity: "scientific Python",
        note: "To array library users: the zero-copy protocol behind `from_dlpack()`, for handing an array from one library to another.",
        definition:
          "A consumer calls `xp.from_dlpack(x)`; the producer's `__dlpack__()` returns a capsule wrapping a DLPack tensor and `__dlpack_device__()` says where the data lives. NumPy, CuPy, PyTorch and JAX support it, and the array API standard adopts it as its interchange mechanism. Memory is shared, not copied.",
        example: "Hand the CuPy array to PyTorch with `torch.from_dlpack(x)`; no copy, and it stays on the same GPU.",
        links: [L.dlpackPython, L.arrayApiInterchange],
      },
      {
        community: "hpc",
        note: "To HPC and GPU developers: a small C header (`dlpack.h`) defining a tensor struct: data pointer, shape, strides, dtype, device.",
        definition:
          "`DLManagedTensor` (and `DLManagedTensorVersioned` since DLPack 1.0) describe a block of host or device memory plus a deleter, with `DLDevice` giving the device type (CPU, CUDA, ROCm and others) and id. C, C++ and CUDA libraries use it to exchange buffers with Python frameworks without copying; stream synchronization is negotiated by the Python protocol, not the struct.",
        example: "Export the device buffer as a `DLManagedTensor` and the Python side can wrap it without a copy.",
        links: [L.dlpack],
      },
    ],
  },
  {
    slug: "environment",
    term: "environment",
    aliases: [],
    areas: ["packaging", "startup-import"],
    related: ["module", "virtual-environment", "conda-environment", "module-path"],
    senses: [
      {
        community: "hpc",
        note: "To HPC staff: the shell environment, the variables such as `PATH` and `LD_LIBRARY_PATH` that loaded modules set.",
        definition:
          "Modules work by editing environment variables, and the resulting environment is what a job runs with. `sbatch` propagates the submitting shell's environment by default (`--export=ALL`), so whatever was loaded on the login node silently shapes the job unless the script runs `module purge` and loads what it needs.",
        example: "Start the batch script with `module purge` so the job doesn't inherit whatever you had loaded on the login node.",
        links: [L.slurmSbatch, L.envModules],
      },
      {
        community: "python",
        note: "To Python users: one Python installation and its installed packages, usually a virtual or conda environment.",
        definition:
          "An environment is an interpreter plus the distributions it can import, identified by `sys.prefix`; installers act on 'the current environment'. Environment markers in requirements (`sys_platform == 'linux'`) describe the target interpreter and platform, not shell variables.",
        example: "Install it into a fresh environment; something in your base environment pins an old NumPy.",
        links: [L.pyVenv, L.ppDependencySpecifiers],
      },
    ],
  },
  {
    slug: "extension",
    term: "extension",
    aliases: ["extension module", "C extension"],
    areas: ["c-api", "packaging"],
    related: ["shared-library", "module", "limited-api", "package"],
    senses: [
      {
        community: "python",
        subCommunity: "CPython core",
        note: "To Python developers: an extension module, a compiled shared library (`.so`/`.pyd`) imported like a `.py` module.",
        definition:
          "Written in C, C++, Cython, Rust (PyO3) or similar against the C API, an extension module exports `PyInit_<name>` and is loaded by the import system with `dlopen`. Its filename carries the ABI tag (`_core.cpython-312-x86_64-linux-gnu.so`), and it must declare support before it can be used in sub-interpreters with their own GIL or without the GIL.",
        example: "The extension module fails to import because it was built for 3.11 and the job loads 3.12.",
        links: [L.pyExtending, L.pyIsolatingExtensions],
      },
      {
        community: "hpc",
        subCommunity: "EasyBuild, Lmod",
        note: "To EasyBuild and Lmod: a Python (or R, Perl) package installed inside another module, such as NumPy in SciPy-bundle.",
        definition:
          "EasyBuild installs the packages listed in an easyconfig's `exts_list` into the parent's installation prefix instead of as separate modules. Lmod's `extensions()` modulefile function advertises them, so `module spider numpy` reports which module provides NumPy; an extension cannot be loaded on its own.",
        example: "NumPy is an extension of `SciPy-bundle`; run `module spider numpy` to see which module provides it.",
        links: [L.lmodExtensions, L.ebTerminology],
      },
    ],
  },
  {
    slug: "free-threading",
    term: "free-threading",
    aliases: ["free threading", "free-threaded", "free-threaded build", "nogil"],
    areas: ["concurrency", "c-api"],
    related: ["gil", "thread", "build", "limited-api"],
    senses: [
      {
        community: "python",
        subCommunity: "CPython core",
        note: "To CPython developers: CPython built without the GIL (PEP 703), e.g. `python3.13t`, configured with `--disable-gil`.",
        definition:
          "Experimental in 3.13 and officially supported, though still optional, from 3.14 (PEP 779). Python threads then run bytecode in parallel on several cores. Extensions need `cp313t`/`cp314t` builds and must declare that they support running without the GIL; importing one that does not re-enables the GIL unless `PYTHON_GIL=0` is set.",
        example: "Test the wheel on `python3.14t` and check `sys._is_gil_enabled()` after importing your extension.",
        links: [L.pep703, L.pyFreeThreadingHowto],
      },
      {
        community: "hpc",
        note: "To HPC staff: Python that can use a node's cores with shared-memory threads, like OpenMP, instead of one rank per core.",
        definition:
          "It is a separate interpreter build, so a center offering it needs a separate Python module and matching builds of every compiled package; the default build keeps the GIL. Single-threaded code runs somewhat slower, and Python threads add to those started by OpenMP or BLAS, so thread counts must still match the allocation.",
        example: "We'll offer `python/3.14t` as a separate module; your extensions need `cp314t` builds to use it.",
        links: [L.freeThreadingGuide, L.pep779],
      },
    ],
  },
  {
    slug: "gil",
    term: "GIL",
    aliases: ["global interpreter lock"],
    areas: ["concurrency", "c-api"],
    related: ["free-threading", "thread", "sub-interpreter", "lock"],
    senses: [
      {
        community: "python",
        subCommunity: "CPython core",
        note: "To CPython developers: the global interpreter lock, a mutex that lets only one thread at a time execute Python bytecode.",
        definition:
          "In the default build a thread must hold the GIL to run bytecode or use most of the C API. The interpreter asks the holder to switch every 5 ms (`sys.setswitchinterval`), and C code can release it around I/O or long computations, as NumPy does in many operations. Since 3.12 each sub-interpreter can have its own (PEP 684); the free-threaded build has none (PEP 703).",
        example: "Release the GIL with `Py_BEGIN_ALLOW_THREADS` around the solver call so other threads keep running.",
        links: [L.pyGlossaryGil, L.pep703],
      },
      {
        community: "hpc",
        note: "To HPC staff: why Python threads don't scale like OpenMP threads, and why Python codes run one process or rank per core.",
        definition:
          "Python threads in one process share a single lock, so a pure-Python loop never uses more than about one core, however many threads it starts. Compiled code that releases the GIL (NumPy kernels, BLAS, I/O) does run in parallel, which is why threaded NumPy can still saturate a node.",
        example: "The speedup stalls at one core because of the GIL; use processes or MPI ranks, or move the loop into compiled code.",
        links: [L.pyGlossaryGil, L.pyThreading],
      },
    ],
  },
  {
    slug: "hook",
    term: "hook",
    aliases: [],
    areas: ["startup-import", "packaging"],
    related: ["site", "module", "build", "spec"],
    senses: [
      {
        community: "hpc",
        note: "To HPC admins: site code run on scheduler or module events: Lmod hooks, Slurm plugins, EasyBuild hooks.",
        definition:
          "Lmod calls functions registered in `SitePackage.lua` on events such as a module load (for example, to log usage); Slurm runs `job_submit` plugins on every submission and SPANK plugins around job launch; EasyBuild hooks adjust easyconfigs and build steps. All are configured by the center, not the user.",
        example: "A Lmod load hook logs every `module load python` so we know which versions are still in use.",
        links: [L.lmodHooks, L.slurmSpank],
      },
      {
        community: "python",
        note: "To Python developers: an import hook (`sys.meta_path`, `sys.path_hooks`) or a PEP 517 backend hook such as `build_wheel`.",
        definition:
          "Import hooks are finder and loader objects that change how `import` locates and loads modules; zip imports and many editable installs work this way. PEP 517 hooks are the functions a build frontend calls on the backend (`build_wheel`, `build_sdist`, `prepare_metadata_for_build_wheel`); `sys.addaudithook` adds a third kind.",
        example: "The editable install adds a meta path hook, so every import goes through one more finder.",
        links: [L.pyImportSystem, L.pep517],
      },
    ],
  },
  {
    slug: "import-time",
    term: "import time",
    aliases: ["importtime"],
    areas: ["startup-import"],
    related: ["metadata-server", "module-path", "cache", "runtime"],
    senses: [
      {
        community: "hpc",
        note: "To HPC staff: the wall-clock time a job spends importing Python packages from shared storage before any computing starts.",
        definition:
          "Every import stats and opens files along `sys.path`; multiplied by thousands of ranks starting together, that becomes a metadata storm on Lustre or GPFS that can take minutes and slow the file system for everyone. Remedies include container or squashfs images, node-local copies, short `sys.path`s and precompiled bytecode.",
        example: "Import time at 4,096 ranks is three minutes; stage the environment to node-local storage or use a container.",
        links: [L.pyImportSystem, L.lustreWiki],
      },
      {
        community: "python",
        note: "To Python developers: the time spent running module top-level code at import, measured with `python -X importtime`.",
        definition:
          "'Import time' is also a phase: module-level code runs once, when the module is first imported, as opposed to call time. `-X importtime` (or `PYTHONPROFILEIMPORTTIME=1`) prints self and cumulative microseconds per imported module; library authors cut it by deferring heavy imports into the functions that need them.",
        example: "`python -X importtime -c 'import mypkg'` shows 300 ms in pandas; move that import into the function that needs it.",
        links: [L.pyCmdline],
      },
    ],
  },
  {
    slug: "index",
    term: "index",
    aliases: ["package index"],
    areas: ["packaging"],
    related: ["array", "metadata-server", "dependency-resolution", "wheel"],
    senses: [
      {
        community: "python",
        subCommunity: "packaging",
        note: "To Python packagers: a package index, a server such as PyPI from which installers fetch distributions.",
        definition:
          "Installers talk to an index through the Simple Repository API (PEP 503, JSON form PEP 691). `--index-url` replaces PyPI and `--extra-index-url` adds a source, which risks dependency confusion because pip treats all indexes as equals. Centers without outbound internet access often run a mirror or proxy index.",
        example: "Point `PIP_INDEX_URL` at the center's mirror; the compute nodes can't reach PyPI.",
        links: [L.ppSimpleApi, L.pipInstall],
      },
      {
        community: "hpc",
        subCommunity: "Slurm",
        note: "To a Slurm user: a job array index, the number in `SLURM_ARRAY_TASK_ID` that tells each array element which piece to do.",
        definition: "Each element of `sbatch --array=1-500` runs the same script with a different index and appears as `JOBID_INDEX` in `squeue` and `sacct`. The largest allowed index is one less than the site's `MaxArraySize`.",
        example: "Use the array index to pick the line of `inputs.txt` that this element processes.",
        links: [L.slurmJobArray],
      },
    ],
  },
  {
    slug: "install",
    term: "install",
    aliases: ["installation"],
    areas: ["packaging"],
    related: ["build", "package", "site", "environment"],
    senses: [
      {
        community: "hpc",
        note: "To HPC staff: a central installation by the center with Spack or EasyBuild, published as a module for all users.",
        definition:
          "Installing means building into a versioned prefix on shared storage (`spack install`, `eb`) and generating a modulefile, so many versions and builds coexist; users don't install into system locations. 'Can you install X?' is a request for a new module.",
        example: "We installed GROMACS 2024 with CUDA; it's available as `module load gromacs/2024-cuda`.",
        links: [L.spackModules, L.ebTerminology],
      },
      {
        community: "python",
        subCommunity: "packaging",
        note: "To Python users: `pip install` or `uv pip install`, unpacking distributions into an environment's site-packages.",
        definition:
          "Installing a wheel copies its files into the target environment and records them in a `.dist-info` directory; an sdist is built into a wheel first. Interpreters marked externally managed (PEP 668) refuse pip installs, and `pip install --user` writes to `~/.local`, which every node and every Python module sharing your home directory will see.",
        example: "Don't `pip install --user` on the cluster; create a virtual environment per Python module instead.",
        links: [L.ppExternallyManaged, L.ppRecordingInstalled],
      },
    ],
  },
  {
    slug: "jit",
    term: "JIT",
    aliases: ["just-in-time compiler", "just-in-time compilation", "JIT compiler"],
    areas: ["jit-performance"],
    related: ["compiler", "kernel", "free-threading"],
    senses: [
      {
        community: "python",
        subCommunity: "CPython core",
        note: "To CPython developers: CPython's experimental copy-and-patch JIT (PEP 744), off by default in 3.13 and 3.14.",
        definition:
          "Hot code is translated to tier-2 micro-ops, which the JIT turns into machine code by stitching together templates that LLVM compiled when CPython was built; LLVM is not needed at run time. It must be compiled in (`--enable-experimental-jit`) and, when built disabled, switched on with `PYTHON_JIT=1`. Speedups so far are modest.",
        example: "Configure with `--enable-experimental-jit` and benchmark with `PYTHON_JIT=1` to see whether the JIT helps.",
        links: [L.pep744, L.pyWhatsNew313],
      },
      {
        community: "python",
        subCommunity: "scientific Python",
        note: "To scientific Python users: Numba or JAX compiling a decorated numerical function to native or GPU code.",
        definition:
          "`@numba.njit` compiles a function through LLVM on its first call for the argument types seen; `jax.jit` traces the function and compiles it with XLA. These libraries compile selected functions, independently of CPython's own JIT, and the first call pays the compile time, which every rank repeats unless the result is cached.",
        example: "Add `@njit(cache=True)` so each rank doesn't recompile the kernel at startup.",
        links: [L.numba],
      },
      {
        community: "hpc",
        subCommunity: "CUDA",
        note: "To GPU developers: the CUDA driver compiling PTX to native GPU code at load time when no matching binary is embedded.",
        definition:
          "`nvcc` can embed PTX besides compiled SASS; on a GPU architecture without matching SASS, the driver JIT-compiles the PTX when the module loads and caches the result (by default under `~/.nv/ComputeCache`, relocatable with `CUDA_CACHE_PATH`). Missing binaries for a new GPU show up as a slow first startup.",
        example: "Startup is slow on the new GPUs because the library ships only PTX; keep `CUDA_CACHE_PATH` on persistent storage so the JIT result is reused.",
        links: [L.cudaJitCaching],
      },
    ],
  },
  {
    slug: "job",
    term: "job",
    aliases: ["batch job"],
    areas: [],
    related: ["allocation", "task", "queue", "scheduler"],
    senses: [
      {
        community: "hpc",
        subCommunity: "Slurm",
        note: "To HPC users: a batch job, a resource request plus a script submitted with `sbatch` or `qsub` and run by the scheduler.",
        definition:
          "A job gets a job ID, waits in a partition or queue until resources are free, then runs its script on the first allocated node. Inside it, each `srun` starts a job step of one or more tasks; wall-time limits and accounting apply per job.",
        example: "Your job is pending with reason `Priority`; it will start once nodes free up.",
        links: [L.slurmQuickstart, L.slurmSbatch],
      },
      {
        community: "python",
        note: "To Python users: a unit of parallel work, as in joblib's `n_jobs`, or a CI job in GitHub Actions.",
        definition:
          "`n_jobs` in joblib and scikit-learn sets how many worker processes or threads to use on the current machine; it never submits anything to a batch scheduler. In packaging projects, 'the job failed' usually means a CI job.",
        example: "Set `n_jobs` from `$SLURM_CPUS_PER_TASK` instead of `-1` so scikit-learn matches the allocation.",
        links: [L.joblib],
      },
    ],
  },
  {
    slug: "kernel",
    term: "kernel",
    aliases: ["GPU kernel", "Jupyter kernel"],
    areas: ["jit-performance"],
    related: ["jit", "dlpack", "process", "node"],
    senses: [
      {
        community: "hpc",
        subCommunity: "CUDA",
        note: "To GPU programmers: a function launched on the GPU across a grid of thread blocks, such as a CUDA `__global__` function.",
        definition:
          "A kernel runs the same code in thousands of GPU threads; launches are asynchronous on a stream, and their grid and block sizes determine occupancy. HPC people also say 'kernel' for any compact compute loop being optimized, and for the Linux kernel on each node.",
        example: "The kernel is memory-bound; fuse the two launches so the data is read only once.",
        links: [L.cudaGuide],
      },
      {
        community: "python",
        subCommunity: "Jupyter",
        note: "To Jupyter users: the process that executes a notebook's code, such as ipykernel running a chosen Python environment.",
        definition:
          "A notebook front end talks to a kernel process over ZeroMQ; each kernelspec (`kernel.json`) names the interpreter command to start. On a center's JupyterHub, registering a kernel for your environment (`python -m ipykernel install --user --name myenv`) is how notebooks see your packages.",
        example: "Your packages aren't visible because the notebook uses the default kernel; register one from your venv with ipykernel.",
        links: [L.jupyterKernels, L.ipykernelInstall],
      },
    ],
  },
  {
    slug: "launcher",
    term: "launcher",
    aliases: ["process launcher"],
    areas: [],
    related: ["mpi-rank", "task", "process", "wrapper"],
    senses: [
      {
        community: "hpc",
        note: "To HPC users: the program that starts parallel processes across nodes: `srun`, `mpiexec` or `mpirun`.",
        definition:
          "A launcher starts N copies of a program on the allocated nodes, connects them to the MPI runtime (for example through PMIx) and applies CPU binding. Running `python script.py` without one starts a single process on one node, however many nodes the job has.",
        example: "Use `srun python sim.py`, not plain `python sim.py`, or only one rank starts.",
        links: [L.slurmMpiGuide, L.slurmSrun],
      },
      {
        community: "python",
        note: "To Python users: the `py` launcher on Windows (PEP 397), or the script wrappers installed for entry points.",
        definition:
          "The Python Launcher for Windows picks an installed interpreter (`py -3.12`). Installers also create small launchers for `console_scripts` entry points (`bin/jupyter`); on Linux these are scripts whose first line hard-codes the interpreter path, so moving an environment breaks them.",
        example: "After copying the venv to scratch, `bin/pytest` still points at the old interpreter in its shebang line.",
        links: [L.pyWindows, L.ppEntryPoints],
      },
    ],
  },
  {
    slug: "limited-api",
    term: "limited API",
    aliases: ["abi3", "stable ABI", "Py_LIMITED_API"],
    areas: ["c-api", "packaging"],
    related: ["abi", "extension", "wheel", "free-threading"],
    senses: [
      {
        community: "python",
        subCommunity: "CPython core",
        note: "To CPython developers: the subset of the C API (PEP 384, PEP 652) whose ABI, the stable ABI, holds across 3.x releases.",
        definition:
          "Defining `Py_LIMITED_API` as a minimum version (e.g. `0x030A0000`) restricts an extension to the limited API; the binary then uses the stable ABI, gets an `.abi3.so` suffix and a wheel tag like `cp310-abi3`, and loads on that version and later. The free-threaded builds of 3.13 and 3.14 do not support it; PEP 803's `abi3t` targets them from 3.15.",
        example: "Build with the limited API for 3.10+ and ship one `cp310-abi3` wheel per platform instead of five.",
        links: [L.pyCApiStable, L.pep384],
      },
      {
        community: "hpc",
        note: "To HPC staff: one compiled extension build that keeps working when users switch Python modules, so fewer rebuilds.",
        definition:
          "An `abi3` extension built against, say, 3.10 loads in 3.11 to 3.14 without recompiling, so a center can install it once rather than per Python version. It does not cover free-threaded Python modules, and it fixes only the Python ABI: MPI, compiler-runtime and glibc dependencies still apply.",
        example: "The package ships `abi3` wheels, so one install works with `python/3.11` through `python/3.13`.",
        links: [L.ppBinaryExtensions, L.pyCApiStable],
      },
    ],
  },
  {
    slug: "lock",
    term: "lock",
    aliases: ["lock file", "lockfile", "file lock"],
    areas: ["concurrency", "packaging"],
    related: ["gil", "dependency-resolution", "metadata-server", "spec"],
    senses: [
      {
        community: "hpc",
        note: "To HPC staff: a file lock (`flock`/`fcntl`) on shared storage, which may be slow, node-local or disabled on Lustre or NFS.",
        definition:
          "Lustre clients mount with `flock`, `localflock` or no lock support, so programs relying on POSIX locks (SQLite databases, HDF5 files, some caches) can fail or corrupt data on a parallel file system; HDF5 honors `HDF5_USE_FILE_LOCKING=FALSE`. Spack also writes `spack.lock`, the concretized record of an environment.",
        example: "The SQLite history database hangs on `/scratch` because Lustre is mounted without `flock`; move it to node-local disk.",
        links: [L.lustreManual, L.spackEnvironments],
      },
      {
        community: "python",
        note: "To Python developers: a `threading.Lock` mutex, or a lock file such as `pylock.toml` (PEP 751) pinning exact versions.",
        definition:
          "`threading.Lock` and `RLock` guard state shared between threads, and matter more under free-threading. A lock file records a fully resolved set of distributions with hashes so an environment can be recreated without resolving again: `pylock.toml` is the standard format (PEP 751); `uv.lock` and `poetry.lock` are tool-specific.",
        example: "Commit `pylock.toml` so the cluster install gets exactly the versions CI tested.",
        links: [L.ppPylock, L.pyThreading],
      },
    ],
  },
  {
    slug: "manylinux",
    term: "manylinux",
    aliases: ["manylinux2014", "manylinux_2_28"],
    areas: ["packaging"],
    related: ["wheel", "platform", "shared-library", "abi"],
    senses: [
      {
        community: "python",
        subCommunity: "packaging",
        note: "To Python packagers: the platform tags (PEP 600) for Linux wheels that run on any distribution with glibc at least a given version.",
        definition:
          "`manylinux_X_Y_arch` promises compatibility with glibc X.Y or newer; `manylinux2014` is an alias for `manylinux_2_17`. Wheels are built in the PyPA manylinux images and repaired with `auditwheel`, which copies the external shared libraries they need, apart from a small allowed set such as glibc, into the wheel (`<pkg>.libs`) and rewrites their RPATHs.",
        example: "We build in the `manylinux_2_28` image, so the wheel needs glibc 2.28 or newer on the target system.",
        links: [L.pep600, L.manylinux],
      },
      {
        community: "hpc",
        note: "To HPC staff: a portable wheel that ignores the center's tuned stack and bundles its own OpenBLAS, libgfortran and the like.",
        definition:
          "A manylinux wheel runs on the nodes without compiling, but it is built for a baseline CPU and links only against its vendored libraries and a few core system libraries, never the site's MPI, BLAS or CUDA modules. It needs a recent enough glibc: on an old OS, pip skips the wheel and tries to compile the sdist instead.",
        example: "The manylinux NumPy wheel uses its bundled OpenBLAS, not the MKL module you loaded.",
        links: [L.auditwheel, L.ppTags],
      },
    ],
  },
  {
    slug: "metadata-server",
    term: "metadata server",
    aliases: ["MDS"],
    areas: ["startup-import", "packaging"],
    related: ["import-time", "index", "lock", "cache"],
    senses: [
      {
        community: "hpc",
        subCommunity: "Lustre",
        note: "To storage admins: the Lustre MDS, which serves file names, directories and attributes, not file contents.",
        definition:
          "Every `open`, `stat` and directory lookup goes to a metadata server (MDS, storing on MDTs), while file data goes to object storage servers (OSS/OSTs). Many small-file operations from many clients at once, such as Python imports at scale, saturate the MDS and slow the file system for all users; GPFS organizes metadata differently but is also slow at this pattern.",
        example: "The MDS load spiked when a 2,000-node job started importing from a conda environment on `/project`.",
        links: [L.lustreManual, L.lustreWiki],
      },
      {
        community: "python",
        subCommunity: "packaging",
        note: "To Python packagers: an index serving each wheel's core metadata as a separate file (PEP 658/714), not a file server.",
        definition:
          "An index can expose a distribution's `METADATA` file on its own (`<file>.metadata`), advertised in the Simple API as `data-core-metadata` (renamed from `data-dist-info-metadata` by PEP 714). Resolvers then read dependencies without downloading whole wheels.",
        example: "Our mirror doesn't serve PEP 658 metadata, so pip downloads every candidate wheel while resolving.",
        links: [L.pep658, L.pep714],
      },
    ],
  },
  {
    slug: "module",
    term: "module",
    aliases: ["modulefile", "environment module"],
    areas: ["startup-import"],
    related: ["package", "module-path", "environment", "extension"],
    senses: [
      {
        community: "hpc",
        subCommunity: "Lmod",
        note: "To a center's staff: a software package you load into your shell with `module load`.",
        definition:
          "A modulefile (Lua for Lmod, Tcl for Environment Modules) edits environment variables such as `PATH`, `LD_LIBRARY_PATH` and `PYTHONPATH` to make one version of one package usable. In an Lmod hierarchy, `module avail` shows core modules plus those built with the currently loaded compiler and MPI; `module spider` searches them all.",
        example: "Run `module load python/3.12` before you submit the job.",
        links: [L.lmod, L.envModules],
      },
      {
        community: "python",
        note: "To a Python developer: a `.py` file or compiled extension imported as one namespace; a package is a module containing modules.",
        definition:
          "A module is the unit of import: a source file, a compiled extension or a package directory, found via `sys.path` and cached in `sys.modules` after its first import. 'Loading a module' in Python means executing it once per process, not changing the shell environment.",
        example: "Put the helpers in their own module and `import utils` from the script.",
        links: [L.pyTutorialModules, L.pyImportSystem],
      },
      {
        community: "hpc",
        subCommunity: "Fortran",
        note: "To Fortran programmers: a `module` program unit, compiled to a `.mod` file that only the same compiler (often version) can read.",
        definition:
          "Fortran modules group procedures and types; `use mymod` reads the compiler-generated `.mod` file at compile time. The format is compiler-specific and often version-specific, so libraries with Fortran interfaces need one build per compiler, one more reason centers keep per-compiler module trees.",
        example: "gfortran can't read the `hdf5.mod` from the Intel build; load the HDF5 module built with GCC.",
        links: [L.gfortran],
      },
    ],
  },
  {
    slug: "module-path",
    term: "module path",
    aliases: ["MODULEPATH", "sys.path", "PYTHONPATH"],
    areas: ["startup-import"],
    related: ["module", "site", "import-time", "environment"],
    senses: [
      {
        community: "hpc",
        subCommunity: "Lmod",
        note: "To HPC staff: `MODULEPATH`, the list of directories where `module avail` and `module load` look for modulefiles.",
        definition:
          "`module use /path` prepends to `MODULEPATH`; in an Lmod hierarchy, loading a compiler or MPI module adds the directories of software built with it, which is why modules appear and disappear as you swap toolchains. It has nothing to do with where Python looks for imports.",
        example: "Add `module use /project/myteam/modulefiles` to see the group's own modules.",
        links: [L.lmod, L.envModules],
      },
      {
        community: "python",
        note: "To Python developers: `sys.path`, the ordered list of directories and zip files searched on import.",
        definition:
          "Built at startup from the script's directory, `PYTHONPATH`, the standard library and site-packages, then searched in order for each top-level import. Environment modules that set `PYTHONPATH` insert directories here, so loading two Python-related modules can mix package versions, or builds made for another Python.",
        example: "Print `sys.path`: the `PYTHONPATH` from the old module puts 3.9 site-packages ahead of your venv.",
        links: [L.pySysPathInit, L.pySite],
      },
    ],
  },
  {
    slug: "mpi-rank",
    term: "MPI rank",
    aliases: [],
    areas: ["concurrency"],
    related: ["process", "launcher", "task", "thread"],
    senses: [
      {
        community: "hpc",
        subCommunity: "MPI",
        note: "To MPI users: a process's integer index (0 to size − 1) in a communicator, usually `MPI_COMM_WORLD`.",
        definition:
          "Each process started by `srun` or `mpiexec` is one MPI process; `MPI_Comm_rank` gives its rank within a communicator, and a process has a separate rank in each communicator it belongs to. Ranks are separate processes, often on different nodes, with separate memory; they cooperate only through messages or MPI one-sided operations.",
        example: "Only rank 0 writes the checkpoint header; the other ranks write their blocks with MPI-IO.",
        links: [L.mpiForum, L.slurmMpiGuide],
      },
      {
        community: "python",
        subCommunity: "mpi4py",
        note: "To a Python user of mpi4py: `comm.Get_rank()`; each rank is a whole Python process, not a thread.",
        definition:
          "Under mpi4py every rank runs its own interpreter, imports its own modules and has its own GIL; `MPI.COMM_WORLD.Get_rank()` returns the index. By default importing `mpi4py.MPI` initializes MPI, requesting `MPI_THREAD_MULTIPLE`. In NumPy, an array's 'rank' is an older name for its number of dimensions (`ndim`), unrelated to MPI.",
        example: "Under `srun -n 64`, each of the 64 Python processes gets its own rank from `comm.Get_rank()`.",
        links: [L.mpi4py, L.numpyNdim],
      },
    ],
  },
  {
    slug: "node",
    term: "node",
    aliases: ["compute node", "login node"],
    areas: [],
    related: ["core", "allocation", "partition", "worker"],
    senses: [
      {
        community: "hpc",
        note: "To HPC users: one machine in the cluster: a login node for editing and submitting, or a compute node where jobs run.",
        definition:
          "A compute node has its own CPUs, memory, local disk and possibly GPUs, and shares only the network and the parallel file systems with other nodes. Login nodes are shared by many users and are not for heavy computation or large builds; jobs request nodes with `--nodes`.",
        example: "Don't run the training on the login node; request a GPU node with `sbatch --nodes=1 --gpus=4`.",
        links: [L.slurmQuickstart],
      },
      {
        community: "python",
        note: "To Python developers: a node in a tree or graph, such as an `ast` node or a task in a Dask graph.",
        definition:
          "`ast.parse` returns a tree of `ast.AST` nodes (such as `ast.Call`) used by linters, formatters and the compiler; graph libraries such as NetworkX, and Dask's task graphs, also call their vertices nodes. None of these is a machine.",
        example: "Walk the tree with `ast.walk` and flag every `ast.Import` node.",
        links: [L.pyAst],
      },
    ],
  },
  {
    slug: "package",
    term: "package",
    aliases: [],
    areas: ["packaging"],
    related: ["module", "distribution", "install", "extension"],
    senses: [
      {
        community: "python",
        subCommunity: "packaging",
        note: "To Python packagers: a distribution package, the thing you `pip install` and depend on by name.",
        definition:
          'A distribution package is a versioned, installable project published as an sdist and/or wheels with core metadata; `dependencies = ["pkg"]` in `pyproject.toml` names one. One distribution package may provide import packages with a different name, or several of them.',
        example: "Depend on the `PyYAML` package in `pyproject.toml`, then `import yaml` in your code.",
        links: [L.ppDistVsImport, L.ppGlossary],
      },
      {
        community: "python",
        subCommunity: "import system",
        note: "To Python developers: an import package, a module that contains submodules, usually a directory with `__init__.py`.",
        definition: "`import numpy.linalg` imports the `numpy` package and then its `linalg` submodule. Regular packages have an `__init__.py`; namespace packages (PEP 420) have none and can span several directories on `sys.path`.",
        example: "Make `analysis` a package so `from analysis import io` works.",
        links: [L.pyImportSystem, L.pep420],
      },
      {
        community: "hpc",
        note: "To HPC staff: a piece of software installed by Spack or EasyBuild and exposed as a module, whatever its language.",
        definition:
          "A Spack package is a recipe (`package.py`) that can produce many builds; an installed package usually appears as a module such as `hdf5/1.14.3`. A Python library may be a Spack package (`py-numpy`), an EasyBuild extension inside a Python module, or a wheel the user installed, so 'is NumPy installed?' has three different answers.",
        example: "Use Spack's `py-mpi4py` package; it's built against our Cray MPICH.",
        links: [L.spack, L.ebTerminology],
      },
    ],
  },
  {
    slug: "partition",
    term: "partition",
    aliases: [],
    areas: [],
    related: ["queue", "node", "scheduler", "job"],
    senses: [
      {
        community: "hpc",
        subCommunity: "Slurm",
        note: "To Slurm users: a named set of nodes with its own limits, such as `gpu`, `debug` or `bigmem`, chosen with `-p`.",
        definition:
          "Partitions group nodes and set limits such as maximum wall time, node count and who may submit; a job can name several and starts in whichever can run it first. `sinfo` lists them. PBS and LSF call the comparable concept a queue.",
        example: "Submit to the `debug` partition for a 15-minute test before the big run.",
        links: [L.slurmQuickstart, L.slurmSbatch],
      },
      {
        community: "python",
        subCommunity: "scientific Python",
        note: "To Dask and Spark users: one chunk of a distributed collection, like one pandas DataFrame within a Dask DataFrame.",
        definition:
          "A Dask DataFrame is a sequence of pandas DataFrames called partitions, usually split along the index, each processed by its own tasks; `npartitions` and `repartition` control them. `str.partition` is unrelated string splitting.",
        example: "Repartition to about 100 MB per partition before the groupby so the workers don't run out of memory.",
        links: [L.daskDataFrame],
      },
    ],
  },
  {
    slug: "platform",
    term: "platform",
    aliases: ["platform tag"],
    areas: ["packaging"],
    related: ["manylinux", "wheel", "binary", "abi"],
    senses: [
      {
        community: "hpc",
        subCommunity: "Spack",
        note: "To Spack users: the first part of an architecture triple like `linux-rocky9-zen4`: platform, OS and CPU target.",
        definition:
          "Spack records each build's architecture as `platform-os-target` (`spack arch` prints it); the target is a microarchitecture such as `zen4` or `sapphirerapids`, detected with archspec. Code built for one target may not run on nodes of an older one, so heterogeneous clusters often keep one stack per target.",
        example: "`spack arch` says `linux-rhel8-zen3` on the login node, but the GPU nodes are `zen2`; build for the older target.",
        links: [L.spackSpecs, L.archspec],
      },
      {
        community: "python",
        subCommunity: "packaging",
        note: "To Python packagers: the platform tag in a wheel filename, e.g. `manylinux_2_28_x86_64` or `macosx_11_0_arm64`.",
        definition:
          "The platform tag is the last of a wheel's three compatibility tags (Python, ABI, platform); an installer accepts a wheel only if all three match the running interpreter. It encodes the OS, libc baseline and architecture, never a CPU microarchitecture, an MPI or a GPU.",
        example: "pip ignored the wheel because its platform tag is `musllinux_1_2_x86_64` and our nodes use glibc.",
        links: [L.ppTags],
      },
    ],
  },
  {
    slug: "pool",
    term: "pool",
    aliases: ["process pool", "thread pool", "storage pool", "OST pool"],
    areas: ["concurrency"],
    related: ["worker", "process", "thread", "allocation"],
    senses: [
      {
        community: "python",
        note: "To Python developers: a pool of worker processes, threads or interpreters that runs submitted tasks, e.g. `ProcessPoolExecutor`.",
        definition:
          "`multiprocessing.Pool` and `concurrent.futures`' `ProcessPoolExecutor`, `ThreadPoolExecutor` and (3.14) `InterpreterPoolExecutor` keep a set of workers on one machine. Default sizes derive from the CPU count: the affinity-aware `os.process_cpu_count()` since 3.13, every CPU on the node before that.",
        example: "Size the `ProcessPoolExecutor` from `$SLURM_CPUS_PER_TASK`; on 3.12 the default is every CPU on the node.",
        links: [L.pyConcurrentFutures, L.pyMultiprocessing],
      },
      {
        community: "hpc",
        note: "To storage admins: a storage pool, such as a Lustre OST pool or a GPFS storage pool of disks with similar speed.",
        definition:
          "Lustre OST pools name subsets of OSTs so `lfs setstripe --pool` can place files on, for example, flash rather than disk; IBM Storage Scale (GPFS) storage pools group disks for placement and tiering policies. GPU memory pools (`cudaMallocAsync`, CuPy's memory pool) are a third, device-level meaning.",
        example: "Stripe the checkpoint directory over the `flash` OST pool with `lfs setstripe --pool flash`.",
        links: [L.lustreManual, L.storageScale],
      },
    ],
  },
  {
    slug: "process",
    term: "process",
    aliases: [],
    areas: ["concurrency"],
    related: ["thread", "task", "mpi-rank", "pool"],
    senses: [
      {
        community: "hpc",
        note: "To HPC staff: an OS process, typically one MPI rank or Slurm task bound to a set of cores.",
        definition:
          "HPC codes usually run one process per core, socket or GPU across many nodes, started by a launcher and bound by Slurm or MPI affinity settings; each has private memory. Forking new processes from inside an MPI process is unsupported or unsafe with many MPI libraries and interconnects.",
        example: "Run four processes per node with 16 threads each: `srun --ntasks-per-node=4 --cpus-per-task=16`.",
        links: [L.slurmSrun, L.slurmCpuManagement],
      },
      {
        community: "python",
        note: "To Python developers: a child process from `multiprocessing` or `subprocess`, always on the same machine as its parent.",
        definition:
          "`multiprocessing` starts child interpreters with `spawn`, `fork` or `forkserver` (the default on POSIX other than macOS since 3.14; `fork` on Linux before) and exchanges pickled data with them; `subprocess` runs external programs. Neither can span nodes, and children inherit the parent's CPU binding.",
        example: "`multiprocessing` only sees this node's cores; to use ten nodes you need MPI, Dask or a job array.",
        links: [L.pyMultiprocessing, L.pySubprocess],
      },
    ],
  },
  {
    slug: "queue",
    term: "queue",
    aliases: [],
    areas: ["concurrency"],
    related: ["partition", "job", "scheduler", "pool"],
    senses: [
      {
        community: "hpc",
        note: "To HPC users: the scheduler's list of pending and running jobs (`squeue`), or a PBS or LSF queue, roughly a Slurm partition.",
        definition:
          "'The queue' is where submitted jobs wait for resources in priority order; `squeue --me` shows yours with the reason each is pending. PBS and LSF call their submission targets queues (`qsub -q`, `bsub -q`), corresponding to Slurm partitions.",
        example: "Check `squeue --me`; your job is still in the queue behind a large reservation.",
        links: [L.slurmSqueue],
      },
      {
        community: "python",
        note: "To Python developers: a FIFO data structure for passing items between threads, processes or coroutines.",
        definition:
          "`queue.Queue` is thread-safe, `multiprocessing.Queue` pickles items between processes, and `asyncio.Queue` connects coroutines in one event loop. Task-queue libraries such as Celery build on the same idea; none of them talks to a batch system.",
        example: "Send results back to the main thread through a `queue.Queue`.",
        links: [L.pyQueue, L.pyAsyncioQueue],
      },
    ],
  },
  {
    slug: "runtime",
    term: "runtime",
    aliases: ["run time"],
    areas: ["jit-performance", "startup-import"],
    related: ["import-time", "shared-library", "job", "jit"],
    senses: [
      {
        community: "hpc",
        note: "To HPC users: a job's wall-clock duration, or a runtime library such as the CUDA, OpenMP or MPI runtime.",
        definition:
          "Jobs declare a wall-time limit (`--time`) and are killed when it expires. 'The runtime' is also the library a programming model needs at execution: `libcudart`, OpenMP's `libgomp` or `libiomp5`, the MPI library. Two OpenMP runtimes in one process, common when wheels vendor their own, cause conflicts or oversubscription.",
        example: "scikit-learn's wheel brings its own `libgomp`, and with MKL's `libiomp5` loaded you get two OpenMP runtimes in one process.",
        links: [L.openmp, L.threadpoolctl],
      },
      {
        community: "python",
        note: "To Python developers: 'at runtime' as opposed to import or type-checking time, or the interpreter's process-wide state.",
        definition:
          "Type hints are checked by tools before the program runs and are mostly inert at runtime; code can also behave differently at import and at call time. In CPython's internals, the runtime (`_PyRuntime`) is the process-wide state shared by all interpreters in the process.",
        example: "That import is only needed for type checking; guard it with `if TYPE_CHECKING:` so it costs nothing at runtime.",
        links: [L.pyTyping, L.pyCApiInit],
      },
    ],
  },
  {
    slug: "scheduler",
    term: "scheduler",
    aliases: ["batch scheduler", "workload manager"],
    areas: ["concurrency"],
    related: ["job", "queue", "partition", "worker"],
    senses: [
      {
        community: "hpc",
        note: "To HPC staff: the batch system (Slurm, PBS Pro, LSF, Flux) that queues jobs and allocates nodes to them.",
        definition:
          "The scheduler decides when and where each job runs from priorities, fair-share and limits, and backfills smaller jobs into gaps ahead of big ones; in Slurm this is `slurmctld` with its scheduling plugins. Users interact with it through `sbatch`, `squeue` and `scancel`.",
        example: "Give a realistic `--time`; the scheduler can only backfill your job if the limit is short enough.",
        links: [L.slurmOverview],
      },
      {
        community: "python",
        subCommunity: "scientific Python",
        note: "To Dask users: what executes a task graph, such as the distributed scheduler process that coordinates workers.",
        definition:
          "Dask has single-machine schedulers (threaded, processes, synchronous) and the distributed scheduler, a process that assigns tasks to worker processes and tracks results. On a cluster, dask-jobqueue or Dask-MPI starts the scheduler and workers inside batch jobs, so one scheduler runs inside the other.",
        example: "Start the Dask scheduler on the first node of the allocation and point the workers at it.",
        links: [L.daskScheduling, L.daskJobqueue],
      },
    ],
  },
  {
    slug: "shared-library",
    term: "shared library",
    aliases: ["shared object", "dynamic library"],
    areas: ["c-api", "packaging"],
    related: ["extension", "manylinux", "runtime", "wrapper"],
    senses: [
      {
        community: "hpc",
        note: "To HPC staff: a `.so` found at run time through `LD_LIBRARY_PATH` or an RPATH, usually provided by a module.",
        definition:
          "Centers build libraries such as MPI, BLAS and HDF5 once and share them; modules put them on `LD_LIBRARY_PATH`, while Spack (and EasyBuild with `--rpath`) embed RPATHs so binaries find the right build without it. `ldd` shows which copy the dynamic loader will pick.",
        example: "Run `ldd` on the extension; it picks up `libmpi.so` from a different MPI than the one you compiled with.",
        links: [L.ebRpath, L.spack],
      },
      {
        community: "python",
        subCommunity: "packaging",
        note: "To Python packagers: a library vendored into a wheel by auditwheel, delocate or delvewheel, or loaded with `ctypes`.",
        definition:
          "Extension modules are shared libraries themselves; their non-system dependencies are copied into the wheel (`<pkg>.libs/` on Linux) under hashed names, so each wheel carries a private copy. Two packages can therefore load different copies of the same library, such as OpenBLAS or libgomp, into one process.",
        example: "`ctypes.CDLL('libfoo.so')` fails in the job because the module that set `LD_LIBRARY_PATH` isn't loaded there.",
        links: [L.auditwheel, L.pyCtypes],
      },
    ],
  },
  {
    slug: "site",
    term: "site",
    aliases: ["site-packages", "sitecustomize"],
    areas: ["startup-import", "packaging"],
    related: ["module-path", "install", "hook", "stack"],
    senses: [
      {
        community: "hpc",
        note: "To HPC people: a computing center or facility, as in 'site-wide installation' or 'site policy'.",
        definition:
          "A site is the organization operating the systems; site-specific configuration includes Lmod's `SitePackage.lua`, Spack's site configuration scope and local modulefiles. In working-group discussions, 'at our site' means 'at our center'.",
        example: "At our site Python comes from EasyBuild modules; other sites use Spack or conda.",
        links: [L.lmodSitePackage],
      },
      {
        community: "python",
        note: "To Python developers: the `site` module and site-packages, where third-party distributions are installed and added to `sys.path`.",
        definition:
          "At startup `site` adds the site-packages directories (and the user site `~/.local/lib/pythonX.Y/site-packages`, unless `-s` or `PYTHONNOUSERSITE`) to `sys.path`, processes `.pth` files and imports `sitecustomize` and `usercustomize`. Every `.pth` file and site directory adds work to each interpreter startup.",
        example: "Run `python -m site` to see which site-packages directories are on `sys.path`.",
        links: [L.pySite],
      },
    ],
  },
  {
    slug: "source-distribution",
    term: "source distribution",
    aliases: ["sdist"],
    areas: ["packaging"],
    related: ["wheel", "build", "binary", "distribution"],
    senses: [
      {
        community: "python",
        subCommunity: "packaging",
        note: "To Python packagers: an sdist, a `.tar.gz` of a project's source plus metadata, built into a wheel before install.",
        definition:
          "An sdist is named `{name}-{version}.tar.gz` (PEP 625) and contains the source tree, `pyproject.toml` and a `PKG-INFO` metadata file. Installing one runs its PEP 517 build backend, which may need compilers, headers and libraries on the target system; pip uses an sdist only when no compatible wheel exists.",
        example: "pip fell back to the sdist because there's no wheel for 3.14t, so now it needs a Fortran compiler.",
        links: [L.ppSdistSpec, L.ppGlossary],
      },
      {
        community: "hpc",
        note: "To HPC staff: the upstream source tarball a Spack or EasyBuild recipe downloads, checksums and builds with site compilers.",
        definition:
          "Recipes pin a source archive by URL and checksum; for Python packages that is usually the PyPI sdist (Spack's `pypi =` attribute, EasyBuild's `PYPI_SOURCE`), built with the center's toolchain. Centers prefer building from source so the result links against their MPI, BLAS and CUDA.",
        example: "Our easyconfig builds mpi4py from the sdist so it links against the system Cray MPICH.",
        links: [L.ebEasyconfigs, L.spack],
      },
    ],
  },
  {
    slug: "spec",
    term: "spec",
    aliases: ["module spec", "version specifier"],
    areas: ["packaging"],
    related: ["dependency-resolution", "build", "platform", "module"],
    senses: [
      {
        community: "hpc",
        subCommunity: "Spack",
        note: "To Spack users: a spec like `hdf5@1.14 +mpi %gcc@13 ^openmpi`, describing one package build.",
        definition:
          "Spack's spec syntax names a package with an optional version (`@`), variants (`+`/`~`), compiler (`%`), target and dependencies (`^`). Abstract specs are constraints; concretization turns them into concrete specs whose hash identifies one exact build.",
        example: "`spack install py-numpy ^openblas threads=openmp` gives you the OpenMP-threaded build.",
        links: [L.spackSpecs],
      },
      {
        community: "python",
        note: "To Python developers: a `ModuleSpec` (`module.__spec__`) describing how to load a module, or a version specifier like `>=2.0`.",
        definition:
          "Finders return a `ModuleSpec` (PEP 451) with the module's name, loader and origin, which the import system uses to create the module. In packaging, a version specifier (`numpy>=1.26,<3`) is a constraint in PEP 440 syntax, and 'the spec' often means a PyPA specification.",
        example: "Call `importlib.util.find_spec('mpi4py')` to see which file would be imported, without importing it.",
        links: [L.pyImportlib, L.ppVersionSpecifiers],
      },
    ],
  },
  {
    slug: "stack",
    term: "stack",
    aliases: ["software stack", "call stack"],
    areas: [],
    related: ["toolchain", "module", "site", "container"],
    senses: [
      {
        community: "hpc",
        note: "To HPC staff: a software stack, the coordinated set of compilers, MPI, libraries and applications a center provides.",
        definition:
          "A stack is versioned and built together so its pieces are ABI-compatible: an EasyBuild toolchain generation such as `foss/2024a`, a Spack environment, a vendor environment like the Cray Programming Environment, or a shared stack like EESSI or E4S. Mixing modules from different stacks is a common cause of breakage.",
        example: "Load the 2024a stack and stay within its modules; the 2023 Python won't work with the new MPI.",
        links: [L.ebToolchains, L.spackEnvironments],
      },
      {
        community: "python",
        note: "To Python developers: the call stack of frames, as printed in a traceback.",
        definition:
          "Each function call pushes a frame; a traceback prints the stack at the point of an exception, and `inspect`, `traceback` and `faulthandler` can show it at other times. Recursing deeper than `sys.getrecursionlimit()` raises `RecursionError`.",
        example: "Dump every thread's stack with `faulthandler.dump_traceback_later(600)` to see where the job hangs.",
        links: [L.pyTraceback, L.pyFaulthandler],
      },
    ],
  },
  {
    slug: "sub-interpreter",
    term: "sub-interpreter",
    aliases: ["subinterpreter", "multiple interpreters"],
    areas: ["concurrency", "c-api"],
    related: ["gil", "free-threading", "process", "extension"],
    senses: [
      {
        community: "python",
        subCommunity: "CPython core",
        note: "To CPython developers: an additional, isolated interpreter in the same process; since 3.12 each may have its own GIL (PEP 684).",
        definition:
          "Sub-interpreters have separate modules, `sys` state and objects, and with a per-interpreter GIL they run Python code in parallel on different cores. Python 3.14 adds the `concurrent.interpreters` module (PEP 734) and `concurrent.futures.InterpreterPoolExecutor`; before that the only public API was in C. Extensions must use multi-phase initialization and declare support to be importable.",
        example: "Run each analysis in its own interpreter with `concurrent.interpreters.create()` and pass results back through a queue.",
        links: [L.pep684, L.pyInterpreters],
      },
      {
        community: "hpc",
        note: "To HPC staff: several isolated Python runtimes inside one OS process, so one Slurm task and one MPI rank, not extra ranks.",
        definition:
          "Sub-interpreters sit between threads and processes: Python-level state is isolated, but they share one address space, one set of loaded shared libraries and one MPI initialization. They can use several cores from one rank, but only with extensions that support them, which many compiled scientific packages do not yet.",
        example: "Each sub-interpreter can use a core, but they all live in rank 0's process, so MPI still sees one rank.",
        links: [L.pep734, L.pyIsolatingExtensions],
      },
    ],
  },
  {
    slug: "task",
    term: "task",
    aliases: [],
    areas: ["concurrency"],
    related: ["process", "job", "mpi-rank", "worker"],
    senses: [
      {
        community: "hpc",
        subCommunity: "Slurm",
        note: "To Slurm users: a process launched by `srun`; `--ntasks` sets how many, `--cpus-per-task` how many cores each gets.",
        definition:
          "A job step runs one or more tasks, typically one per MPI rank; Slurm numbers them (`SLURM_PROCID` across the step, `SLURM_LOCALID` per node) and binds each to its CPUs. An 'array task' is a separate meaning: one element of a job array.",
        example: "With `--ntasks=128 --cpus-per-task=2` you get 128 MPI ranks with two cores each.",
        links: [L.slurmSrun, L.slurmCpuManagement],
      },
      {
        community: "python",
        note: "To Python developers: an `asyncio.Task` wrapping a coroutine, or a unit of work in a Dask or Celery task graph.",
        definition:
          "`asyncio.create_task()` schedules a coroutine on the event loop of the current thread; thousands can run concurrently, but not in parallel. In Dask a task is one function call in the graph, and each worker runs many; neither corresponds to a Slurm task.",
        example: "Wrap each download in `asyncio.create_task` and `await asyncio.gather(*tasks)`.",
        links: [L.pyAsyncioTask, L.daskScheduling],
      },
    ],
  },
  {
    slug: "thread",
    term: "thread",
    aliases: ["hardware thread", "OpenMP thread"],
    areas: ["concurrency"],
    related: ["gil", "free-threading", "core", "process"],
    senses: [
      {
        community: "hpc",
        note: "To HPC staff: an OpenMP thread sharing a process's memory, or a hardware thread (SMT) of a core.",
        definition:
          "Hybrid codes run a few MPI ranks per node with `OMP_NUM_THREADS` threads each, pinned with `OMP_PROC_BIND` and `OMP_PLACES`. Libraries such as OpenBLAS and MKL start their own thread pools too, so a Python process can run far more threads than it has cores unless `OMP_NUM_THREADS` or `threadpoolctl` limits them.",
        example: "Set `OMP_NUM_THREADS=$SLURM_CPUS_PER_TASK`; otherwise OpenBLAS starts a thread per core of the node in every rank.",
        links: [L.openmp, L.threadpoolctl],
      },
      {
        community: "python",
        note: "To Python developers: a `threading.Thread`, an OS thread that, in the default build, runs Python code one at a time under the GIL.",
        definition:
          "Python threads are real OS threads; with the GIL they take turns, so they help with I/O and with compiled code that releases the GIL, not with pure-Python computation. On the free-threaded build they run bytecode in parallel, and protecting shared objects is then the programmer's job.",
        example: "Use a `ThreadPoolExecutor` for the downloads; they spend their time waiting, so the GIL doesn't matter.",
        links: [L.pyThreading, L.pyFreeThreadingHowto],
      },
    ],
  },
  {
    slug: "toolchain",
    term: "toolchain",
    aliases: ["compiler toolchain"],
    areas: ["c-api"],
    related: ["compiler", "stack", "wrapper", "build"],
    senses: [
      {
        community: "hpc",
        subCommunity: "EasyBuild",
        note: "To EasyBuild users: a named, versioned set of compilers plus MPI and math libraries, e.g. `foss/2024a`.",
        definition:
          "`foss` combines GCC, Open MPI, FlexiBLAS with OpenBLAS (plain OpenBLAS in older generations), FFTW and ScaLAPACK; `intel` uses the Intel compilers, Intel MPI and MKL. Every easyconfig names its toolchain, and modules from different toolchain generations should not be mixed.",
        example: "Build against `foss/2023b`; the `SciPy-bundle` for that toolchain already includes NumPy.",
        links: [L.ebToolchains],
      },
      {
        community: "python",
        subCommunity: "packaging",
        note: "To Python packagers: the compilers and tools a build backend uses, e.g. the GCC in a manylinux image or Rust for maturin.",
        definition:
          "Wheel builders such as cibuildwheel compile inside the manylinux images, whose compilers target an old glibc; Rust extensions need a Rust toolchain (rustup, Cargo) for maturin or setuptools-rust. None of it is shared with the HPC module toolchain unless the build is pointed at that explicitly.",
        example: "The sdist needs a Rust toolchain; `module load rust` or install rustup before pip builds it.",
        links: [L.cibuildwheel, L.manylinux],
      },
    ],
  },
  {
    slug: "virtual-environment",
    term: "virtual environment",
    aliases: ["venv", "virtualenv"],
    areas: ["packaging", "startup-import"],
    related: ["conda-environment", "environment", "site", "install"],
    senses: [
      {
        community: "python",
        note: "To Python users: a venv, a directory with `pyvenv.cfg` and its own site-packages, layered on a base interpreter.",
        definition:
          "`python -m venv path` (PEP 405) or `uv venv` creates an environment that reuses the base interpreter and standard library but isolates installed distributions; `--system-site-packages` also exposes the base's packages. It records the base installation in `pyvenv.cfg`, so it breaks if that Python is removed or moved.",
        example: "Create a virtual environment per project and `pip install -r requirements.txt` into it.",
        links: [L.pyVenv, L.ppVirtualEnvironments],
      },
      {
        community: "hpc",
        note: "To HPC staff: a venv tied to one Python module; it must be recreated when that module is upgraded or retired.",
        definition:
          "A venv created from `python/3.12` in the module system keeps pointing at that installation, so upgrading or removing the module breaks it. `--system-site-packages` reuses the site's optimized NumPy and mpi4py while adding the user's own packages; a venv on shared storage still pays the many-small-files cost at import.",
        example: "Load `python/3.12` and `mpi4py`, then `python -m venv --system-site-packages ~/envs/proj` to keep the site's MPI build.",
        links: [L.pyVenv],
      },
    ],
  },
  {
    slug: "wheel",
    term: "wheel",
    aliases: [],
    areas: ["packaging"],
    related: ["manylinux", "source-distribution", "binary", "limited-api"],
    senses: [
      {
        community: "python",
        subCommunity: "packaging",
        note: "To Python packagers: a `.whl` zip archive (PEP 427), the built distribution format pip installs without building.",
        definition:
          "A wheel's filename carries its compatibility tags, `{name}-{version}-{python tag}-{abi tag}-{platform tag}.whl`, e.g. `numpy-2.1.0-cp312-cp312-manylinux_2_17_x86_64.whl`; installers pick the most specific wheel that matches the interpreter. Installing one means unpacking files and metadata, with no build step.",
        example: "We publish wheels for 3.10 to 3.13 on Linux and macOS, so most users never compile anything.",
        links: [L.ppWheelSpec, L.pep427],
      },
      {
        community: "hpc",
        note: "To HPC staff: a prebuilt binary from PyPI that bypasses the center's compilers and modules.",
        definition:
          "Users get a working package in seconds, but it brings its own copies of libraries and generic CPU code, and rarely uses the site's MPI, tuned BLAS or CUDA installation. Packages that must use the site MPI (mpi4py, parallel h5py) are usually built from source against the loaded modules instead.",
        example: "`pip install h5py` gave you a serial wheel; for parallel HDF5, build it with `HDF5_MPI=ON` against our module.",
        links: [L.pipInstall, L.ppWheelSpec],
      },
    ],
  },
  {
    slug: "worker",
    term: "worker",
    aliases: ["worker node", "worker process"],
    areas: ["concurrency"],
    related: ["pool", "scheduler", "node", "task"],
    senses: [
      {
        community: "python",
        note: "To Python developers: a worker process or thread in a pool, or a Dask worker process that executes tasks.",
        definition:
          "Pools create workers that take tasks from a queue; a Dask worker is a long-lived process with its own memory limit and thread pool, registered with a scheduler. The number of workers and threads per worker must be chosen together to fit the cores they are given.",
        example: "Start four Dask workers per node with eight threads each to match the 32-core allocation.",
        links: [L.daskWorker, L.pyConcurrentFutures],
      },
      {
        community: "hpc",
        note: "To HPC and grid staff: a worker node, a compute node that runs jobs, or a worker rank in a manager–worker MPI code.",
        definition: "Grid and high-throughput sites call compute nodes worker nodes; in MPI applications, rank 0 is often a manager handing work to worker ranks. Neither implies a Python process pool.",
        example: "The worker nodes have no outbound internet, so fetch packages on the login node first.",
        links: [L.slurmQuickstart],
      },
    ],
  },
  {
    slug: "wrapper",
    term: "wrapper",
    aliases: ["compiler wrapper"],
    areas: ["c-api"],
    related: ["compiler", "toolchain", "extension", "launcher"],
    senses: [
      {
        community: "hpc",
        note: "To HPC users: a compiler wrapper such as `mpicc`, Cray's `cc`/`ftn`, or Spack's, adding flags and libraries for you.",
        definition:
          "`mpicc` calls the underlying compiler with MPI include and link flags (`-show` or `--showme` prints them); Cray's `cc`, `CC` and `ftn` add flags for the loaded programming-environment modules; Spack injects RPATHs and flags through its own wrappers during builds. Pointing a Python build at the wrapper (`CC=mpicc`) is how extensions get the right MPI.",
        example: "Build mpi4py with `CC=mpicc` (or `cc` on the Cray) so it links against the MPI you loaded.",
        links: [L.mpi4pyInstall, L.spack],
      },
      {
        community: "python",
        note: "To Python developers: a binding that exposes a C, C++ or Fortran library to Python, or a function returned by a decorator.",
        definition:
          "Wrapper (binding) code made with pybind11, nanobind, Cython, cffi, ctypes or f2py translates between Python objects and native calls. Decorators also return wrappers, and `functools.wraps` copies the wrapped function's name and docstring onto them.",
        example: "Write a thin pybind11 wrapper around the solver instead of reimplementing it in Python.",
        links: [L.pybind11, L.pyFunctools],
      },
    ],
  },
];
