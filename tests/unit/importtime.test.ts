import { describe, expect, it } from "vitest";
import { formatMicroseconds, parseImportTime, type ImportNode, type ImportTimeProfile } from "@/lib/pain-points/importtime";

const NOTHING_FOUND = 'Expected the output of "python -X importtime": lines like "import time:       152 |        152 |   numpy". None were found.';

/** One line exactly as CPython prints it: "import time: %9ld | %10ld | %*s%s" with two spaces per level. */
function line(selfUs: number, cumulativeUs: number, depth: number, name: string) {
  return `import time: ${String(selfUs).padStart(9)} | ${String(cumulativeUs).padStart(10)} | ${"  ".repeat(depth)}${name}`;
}

function parsed(text: string): ImportTimeProfile {
  const result = parseImportTime(text);
  if (!result.ok) throw new Error(`expected a profile, got: ${result.error}`);
  return result.profile;
}

const names = (nodes: ImportNode[]) => nodes.map((node) => node.name);

function find(nodes: ImportNode[], name: string): ImportNode | undefined {
  for (const node of nodes) {
    if (node.name === name) return node;
    const inChild = find(node.children, name);
    if (inChild) return inChild;
  }
  return undefined;
}

// Python 3.12 start-up with an empty script, as printed on a login node (trimmed).
const STARTUP = `import time: self [us] | cumulative | imported package
import time:       135 |        135 |   _io
import time:        28 |         28 |   marshal
import time:       219 |        219 |   posix
import time:       452 |        834 | _frozen_importlib_external
import time:        58 |         58 |   time
import time:       183 |        241 | zipimport
import time:        41 |         41 |     _codecs
import time:       398 |        439 |   codecs
import time:       317 |        317 |   encodings.aliases
import time:       589 |       1345 | encodings
import time:       158 |        158 | encodings.utf_8
import time:        73 |         73 | _signal
import time:        25 |         25 |     _abc
import time:       118 |        143 |   abc
import time:       131 |        274 | io
import time:        47 |         47 |       _stat
import time:       210 |        257 |     stat
import time:       880 |        880 |     _collections_abc
import time:        66 |         66 |       genericpath
import time:       104 |        170 |     posixpath
import time:       652 |       1959 |   os
import time:       391 |       2350 | site`;

describe("parseImportTime: a complete start-up", () => {
  const profile = parsed(STARTUP);

  it("finds the depth-0 modules, in the order they finished", () => {
    expect(names(profile.roots)).toEqual(["_frozen_importlib_external", "zipimport", "encodings", "encodings.utf_8", "_signal", "io", "site"]);
  });

  it("counts every data line but not the header", () => {
    expect(profile.moduleCount).toBe(22);
    expect(profile.skippedLines).toBe(0);
  });

  it("adds up the roots' cumulative times", () => {
    expect(profile.totalUs).toBe(834 + 241 + 1345 + 158 + 73 + 274 + 2350);
  });

  it("reads self and cumulative times and the depth from the indentation", () => {
    expect(profile.roots[0]).toMatchObject({ name: "_frozen_importlib_external", selfUs: 452, cumulativeUs: 834, depth: 0 });
    expect(names(profile.roots[0]!.children)).toEqual(["_io", "marshal", "posix"]);
    expect(profile.roots[0]!.children.map((child) => child.depth)).toEqual([1, 1, 1]);
    const codecs = find(profile.roots, "codecs");
    expect(codecs).toMatchObject({ selfUs: 398, cumulativeUs: 439, depth: 1 });
    expect(codecs!.children).toEqual([{ name: "_codecs", selfUs: 41, cumulativeUs: 41, depth: 2, children: [] }]);
  });

  it("gives children only to the line that finished after them", () => {
    // "time" follows _frozen_importlib_external, so it belongs to zipimport, not to the earlier root.
    expect(names(profile.roots[1]!.children)).toEqual(["time"]);
    expect(names(find(profile.roots, "os")!.children)).toEqual(["stat", "_collections_abc", "posixpath"]);
    expect(names(find(profile.roots, "posixpath")!.children)).toEqual(["genericpath"]);
    expect(profile.roots.find((root) => root.name === "encodings.utf_8")!.children).toEqual([]);
  });

  it("is plain JSON (it is stored in a JSON column and sent to Client Components)", () => {
    expect(JSON.parse(JSON.stringify(profile))).toEqual(profile);
  });
});

describe("parseImportTime: nesting", () => {
  // numpy 2.x, four levels deep under numpy, after site finished.
  const NUMPY = [
    line(2350, 2350, 0, "site"),
    line(412, 412, 2, "numpy._utils._inspect"),
    line(96, 96, 2, "numpy._utils._convertions"),
    line(230, 738, 1, "numpy._utils"),
    line(180, 180, 1, "numpy._globals"),
    line(5120, 5120, 4, "numpy._core._multiarray_umath"),
    line(301, 5421, 3, "numpy._core.overrides"),
    line(95, 95, 3, "numpy._core._exceptions"),
    line(640, 6156, 2, "numpy._core.multiarray"),
    line(780, 780, 2, "numpy._core.umath"),
    line(1510, 8446, 1, "numpy._core"),
    line(2210, 2210, 3, "numpy.linalg._umath_linalg"),
    line(720, 2930, 2, "numpy.linalg._linalg"),
    line(150, 3080, 1, "numpy.linalg"),
    line(1234, 13678, 0, "numpy"),
  ].join("\n");
  const profile = parsed(NUMPY);

  it("builds a tree several levels deep", () => {
    expect(names(profile.roots)).toEqual(["site", "numpy"]);
    const numpy = profile.roots[1]!;
    expect(names(numpy.children)).toEqual(["numpy._utils", "numpy._globals", "numpy._core", "numpy.linalg"]);
    expect(names(numpy.children[0]!.children)).toEqual(["numpy._utils._inspect", "numpy._utils._convertions"]);
    const core = numpy.children[2]!;
    expect(names(core.children)).toEqual(["numpy._core.multiarray", "numpy._core.umath"]);
    expect(names(core.children[0]!.children)).toEqual(["numpy._core.overrides", "numpy._core._exceptions"]);
    expect(names(core.children[0]!.children[0]!.children)).toEqual(["numpy._core._multiarray_umath"]);
    expect(core.children[0]!.children[0]!.children[0]!.depth).toBe(4);
    expect(names(find(profile.roots, "numpy.linalg._linalg")!.children)).toEqual(["numpy.linalg._umath_linalg"]);
    expect(profile.moduleCount).toBe(15);
    expect(profile.totalUs).toBe(2350 + 13678);
  });

  it("attaches a line that skips a level to the next shallower line", () => {
    const profile = parsed(
      [
        line(120, 120, 3, "scipy.sparse._sputils"),
        line(60, 60, 2, "scipy.sparse._base"),
        line(80, 80, 3, "scipy.sparse._index"),
        line(900, 1160, 1, "scipy.sparse"),
        line(40, 40, 2, "scipy._lib._util"),
        line(300, 1500, 0, "scipy"),
      ].join("\n"),
    );
    expect(names(profile.roots)).toEqual(["scipy"]);
    const sparse = profile.roots[0]!.children[0]!;
    // _util (depth 2) hangs directly from scipy (depth 0).
    expect(names(profile.roots[0]!.children)).toEqual(["scipy.sparse", "scipy._lib._util"]);
    // _index (depth 3) finished after _base (depth 2), so it cannot be _base's child: it skips a level to scipy.sparse.
    expect(names(sparse.children)).toEqual(["scipy.sparse._base", "scipy.sparse._index"]);
    expect(names(sparse.children[0]!.children)).toEqual(["scipy.sparse._sputils"]);
    expect(sparse.children[1]).toMatchObject({ depth: 3, children: [] });
  });

  it("turns lines never claimed by a parent (a cut-off run) into roots", () => {
    const profile = parsed(
      [
        line(2350, 2350, 0, "site"),
        line(88, 88, 2, "mpi4py.version"),
        line(240, 328, 1, "mpi4py"),
        line(75, 75, 3, "h5py._errors"),
        line(3100, 3175, 2, "h5py.h5"),
        // srun killed the job here: neither mpi4py's nor h5py.h5's parent finished.
      ].join("\n"),
    );
    expect(names(profile.roots)).toEqual(["site", "mpi4py", "h5py.h5"]);
    expect(profile.roots.map((root) => root.depth)).toEqual([0, 1, 2]);
    expect(names(profile.roots[1]!.children)).toEqual(["mpi4py.version"]);
    expect(names(profile.roots[2]!.children)).toEqual(["h5py._errors"]);
    expect(profile.totalUs).toBe(2350 + 328 + 3175);
    expect(profile.moduleCount).toBe(5);
  });

  it("keeps a cut-off run's orphans out of the next run after a repeated header", () => {
    const profile = parsed(
      [
        "import time: self [us] | cumulative | imported package",
        line(88, 88, 1, "mpi4py.version"),
        "import time: self [us] | cumulative | imported package",
        line(240, 240, 1, "mpi4py.MPI"),
        line(100, 340, 0, "mpi4py"),
      ].join("\n"),
    );
    expect(names(profile.roots)).toEqual(["mpi4py.version", "mpi4py"]);
    expect(names(profile.roots[1]!.children)).toEqual(["mpi4py.MPI"]);
  });
});

describe("parseImportTime: what people actually paste", () => {
  it("ignores prompts, program output, warnings and tracebacks between the lines", () => {
    const text = [
      "```",
      '$ srun -n 1 python -X importtime -c "import h5py, mpi4py; print(\'hello from rank 0\')"',
      "import time: self [us] | cumulative | imported package",
      line(2350, 2350, 0, "site"),
      "[node0412:77310] mca_base_component_repository_open: unable to open mca_btl_openib: librdmacm.so.1: cannot open shared object file (ignored)",
      line(75, 75, 2, "h5py._errors"),
      "/scratch/alice/venv/lib/python3.12/site-packages/h5py/__init__.py:36: UserWarning: h5py is running against HDF5 1.14.3 when it was built with 1.14.2",
      "  _warn(('h5py is running against HDF5 {0} when it was built with {1}, '",
      line(3100, 3175, 1, "h5py.h5"),
      line(410, 3585, 0, "h5py"),
      "print('import time: is not at the start of this line')",
      line(240, 240, 1, "mpi4py.MPI"),
      line(100, 340, 0, "mpi4py"),
      "hello from rank 0",
      "Traceback (most recent call last):",
      '  File "<string>", line 1, in <module>',
      "ModuleNotFoundError: No module named 'mpi4py.futures'",
      "$ ",
      "```",
    ].join("\n");
    const profile = parsed(text);
    expect(names(profile.roots)).toEqual(["site", "h5py", "mpi4py"]);
    expect(names(profile.roots[1]!.children)).toEqual(["h5py.h5"]);
    expect(names(profile.roots[1]!.children[0]!.children)).toEqual(["h5py._errors"]);
    expect(profile.moduleCount).toBe(6);
    expect(profile.skippedLines).toBe(0);
  });

  it("reads CRLF line endings like LF ones", () => {
    const withCrlf = parsed(STARTUP.replaceAll("\n", "\r\n"));
    expect(withCrlf).toEqual(parsed(STARTUP));
    expect(withCrlf.roots.at(-1)!.name).toBe("site");
  });

  it("ignores a byte-order mark (a file saved by a Windows editor)", () => {
    expect(parsed(`\uFEFF${STARTUP}`)).toEqual(parsed(STARTUP));
  });

  it("treats tabs as whitespace, at 8-column stops (the indentation encodes the depth)", () => {
    // Two CPython lines after `unexpand -a`: numpy._utils at depth 3, numpy._core at depth 2.
    const profile = parsed("import time:\t   211 |\t211 |\t    numpy._utils\nimport time:\t  1234 |       1445 |\t  numpy._core\n" + line(500, 1945, 1, "numpy"));
    expect(find(profile.roots, "numpy._utils")).toMatchObject({ selfUs: 211, cumulativeUs: 211, depth: 3 });
    expect(find(profile.roots, "numpy._core")).toMatchObject({ selfUs: 1234, cumulativeUs: 1445, depth: 2 });
    expect(names(find(profile.roots, "numpy._core")!.children)).toEqual(["numpy._utils"]);
  });

  it("trims trailing spaces and accepts an indented paste", () => {
    const profile = parsed(`    ${line(12, 12, 1, "_bz2")}   \n    ${line(300, 312, 0, "bz2")}\t `);
    expect(names(profile.roots)).toEqual(["bz2"]);
    expect(profile.roots[0]!.children[0]).toMatchObject({ name: "_bz2", depth: 1 });
  });

  it("accepts the header more than once (outputs pasted one after another)", () => {
    const run = ["import time: self [us] | cumulative | imported package", line(41, 41, 1, "_codecs"), line(398, 439, 0, "codecs")].join("\n");
    const profile = parsed(`${run}\n${run}\n`);
    expect(names(profile.roots)).toEqual(["codecs", "codecs"]);
    expect(profile.moduleCount).toBe(4);
    expect(profile.totalUs).toBe(878);
    expect(profile.skippedLines).toBe(0);
  });

  it("leaves out Python 3.14's 'cached' lines and counts malformed ones as skipped", () => {
    const text = [
      "import time: self [us] | cumulative | imported package",
      line(47, 47, 1, "_stat"),
      "import time: cached    | cached     |    sys", // -X importtime=2: already imported, no time
      "import time: cached    | cached     | _stat",
      line(210, 257, 0, "stat"),
      "import time:  120 |  120", // no module column
      "import time: truncated output",
      "import time:        12 |         12 |    ", // no name
      line(5, 5, 0, "numpy (from cache)"),
    ].join("\n");
    const profile = parsed(text);
    expect(names(profile.roots)).toEqual(["stat", "numpy (from cache)"]);
    expect(names(profile.roots[0]!.children)).toEqual(["_stat"]);
    expect(profile.moduleCount).toBe(3);
    expect(profile.skippedLines).toBe(3);
  });

  it("accepts a marker after a number", () => {
    const profile = parsed("import time:       152 |        152 (cached) |   numpy");
    expect(profile.roots[0]).toMatchObject({ name: "numpy", selfUs: 152, cumulativeUs: 152, depth: 1 });
  });
});

describe("parseImportTime: refusals", () => {
  it.each([
    ["pip output", "Collecting numpy\n  Downloading numpy-2.1.3-cp312-cp312-manylinux_2_17_x86_64.whl (16.0 MB)\nSuccessfully installed numpy-2.1.3"],
    ["a cProfile dump", "         4 function calls in 0.000 seconds\n   ncalls  tottime  percall  cumtime  percall filename:lineno(function)"],
    ["an empty paste", ""],
    ["only the header", "import time: self [us] | cumulative | imported package\n"],
  ])("says what it expected when given %s", (_label, text) => {
    expect(parseImportTime(text)).toEqual({ ok: false, error: NOTHING_FOUND });
  });

  it("explains when every import time line was malformed", () => {
    const result = parseImportTime("import time: lots | of | numpy\nimport time: 12 | 12");
    expect(result).toEqual({ ok: false, error: `${NOTHING_FOUND} 2 lines started with "import time:" but did not have two numbers and a module name.` });
  });

  it("refuses more than 1,000,000 characters without throwing", () => {
    const padding = "x".repeat(1_000_001 - STARTUP.length - 1);
    const result = parseImportTime(`${STARTUP}\n${padding}`);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/1,000,001 characters long; the limit is 1,000,000/);
  });

  it("accepts exactly 1,000,000 characters", () => {
    const padding = "x".repeat(1_000_000 - STARTUP.length - 1);
    const result = parseImportTime(`${STARTUP}\n${padding}`);
    expect(result.ok && result.profile.moduleCount).toBe(22);
  });

  it("refuses more than 50,000 data lines and accepts 50,000", () => {
    // The shortest valid line, so that 50,001 of them stay under the size limit.
    const lines = (count: number) => Array.from({ length: count }, () => "import time:1|1|a").join("\n");
    const tooMany = parseImportTime(lines(50_001));
    expect(tooMany.ok).toBe(false);
    expect(!tooMany.ok && tooMany.error).toMatch(/more than 50,000 "import time:" lines/);
    const enough = parseImportTime(lines(50_000));
    expect(enough.ok && enough.profile.moduleCount).toBe(50_000);
    expect(enough.ok && enough.profile.totalUs).toBe(50_000);
  });

  it("clamps absurd indentation so the tree stays shallow enough to store and render", () => {
    const chain = Array.from({ length: 300 }, (_, index) => line(1, index + 1, 299 - index, `m${index}`)).join("\n");
    const profile = parsed(chain);
    let height = 0;
    for (let level: ImportNode[] = profile.roots; level.length > 0; level = level.flatMap((node) => node.children)) height += 1;
    expect(height).toBeLessThanOrEqual(101);
    expect(profile.moduleCount).toBe(300);
    expect(names(profile.roots)).toEqual(["m299"]);
  });

  it("does not backtrack badly on a long line of digits", () => {
    const started = performance.now();
    const result = parseImportTime(`import time: ${"9".repeat(200_000)}`);
    expect(result.ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("parseImportTime: slowest modules", () => {
  // A parent with a large cumulative but small self time, and leaves whose self times differ from
  // their place by cumulative time, so the two lists must disagree.
  const leaves = Array.from({ length: 30 }, (_, index) => line(1000 + index * 37, 1000 + index * 37, 2, `scipy.sparse.linalg._mod${index}`));
  const leafTotal = Array.from({ length: 30 }, (_, index) => 1000 + index * 37).reduce((a, b) => a + b, 0);
  const text = [...leaves, line(50, leafTotal + 50, 1, "scipy.sparse.linalg"), line(8000, 8000, 1, "scipy.special._ufuncs"), line(20, leafTotal + 8070, 0, "scipy")].join("\n");
  const profile = parsed(text);

  it("keeps the 20 slowest by cumulative time, in descending order", () => {
    expect(profile.slowestByCumulative).toHaveLength(20);
    const values = profile.slowestByCumulative.map((row) => row.cumulativeUs);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(profile.slowestByCumulative.slice(0, 3).map((row) => row.name)).toEqual(["scipy", "scipy.sparse.linalg", "scipy.special._ufuncs"]);
    expect(profile.slowestByCumulative[0]).toEqual({ name: "scipy", selfUs: 20, cumulativeUs: leafTotal + 8070, depth: 0 });
    // 3 parents + the 17 slowest leaves (mod29 … mod13).
    expect(profile.slowestByCumulative.at(-1)!.name).toBe("scipy.sparse.linalg._mod13");
  });

  it("keeps the 20 slowest by self time, in descending order", () => {
    expect(profile.slowestBySelf).toHaveLength(20);
    const values = profile.slowestBySelf.map((row) => row.selfUs);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(profile.slowestBySelf[0]!.name).toBe("scipy.special._ufuncs");
    expect(profile.slowestBySelf[1]!.name).toBe("scipy.sparse.linalg._mod29");
    expect(profile.slowestBySelf.map((row) => row.name)).not.toContain("scipy");
    expect(profile.slowestBySelf.at(-1)!.name).toBe("scipy.sparse.linalg._mod11");
  });

  it("lists every module when there are fewer than 20", () => {
    const small = parsed(STARTUP.split("\n").slice(0, 9).join("\n"));
    expect(small.moduleCount).toBe(8);
    expect(small.slowestBySelf).toHaveLength(8);
    expect(small.slowestByCumulative).toHaveLength(8);
    expect(small.slowestByCumulative[0]).toEqual({ name: "_frozen_importlib_external", selfUs: 452, cumulativeUs: 834, depth: 0 });
    expect(small.slowestBySelf[0]).toEqual({ name: "_frozen_importlib_external", selfUs: 452, cumulativeUs: 834, depth: 0 });
    expect(small.slowestBySelf[1]).toEqual({ name: "codecs", selfUs: 398, cumulativeUs: 439, depth: 1 });
    expect(small.slowestByCumulative[1]).toEqual({ name: "codecs", selfUs: 398, cumulativeUs: 439, depth: 1 });
    expect(small.slowestByCumulative[2]!.name).toBe("zipimport");
  });
});

describe("formatMicroseconds", () => {
  it.each([
    [0, "0 µs"],
    [850, "850 µs"],
    [999, "999 µs"],
    [999.6, "1.00 ms"],
    [1000, "1.00 ms"],
    [1234, "1.23 ms"],
    [9999, "10.0 ms"],
    [12_345, "12.3 ms"],
    [99_960, "100 ms"],
    [123_456, "123 ms"],
    [999_499, "999 ms"],
    [999_600, "1.00 s"],
    [1_420_000, "1.42 s"],
    [12_345_678, "12.3 s"],
    [123_456_789, "123 s"],
    [-850, "-850 µs"],
    [Number.NaN, "–"],
  ])("%d µs → %s", (us, expected) => {
    expect(formatMicroseconds(us)).toBe(expected);
  });
});
