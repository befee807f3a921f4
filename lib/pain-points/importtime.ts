/**
 * Parser for the output of `python -X importtime`, pasted as evidence on a
 * pain point. Pure TypeScript (no Node or React imports) so the same code
 * checks the paste in the browser and again on the server.
 *
 * CPython (Python/import.c, import_find_and_load) prints one line per module
 * when that module has FINISHED importing:
 *
 *     fprintf(stderr, "import time: %9ld | %10ld | %*s%s\n",
 *             self_us, cumulative_us, import_level*2, "", name);
 *
 * so after the second bar come one space, then two spaces per nesting level,
 * then the name. Children are printed before their parent (post-order).
 * With `-X importtime=2` (3.14+) modules already in sys.modules are reported
 * as "import time: cached    | cached     | name"; they cost nothing and carry
 * no reliable depth (CPython right-aligns the name in the indentation field),
 * so they are recognised and left out.
 */

export interface ImportNode {
  name: string;
  selfUs: number;
  cumulativeUs: number;
  depth: number;
  children: ImportNode[];
}

export interface ImportTimeProfile {
  /**
   * Depth-0 modules, plus orphans (deeper lines whose parent never finished
   * because the output was cut off), in the order they finished.
   */
  roots: ImportNode[];
  /** Number of data lines parsed. */
  moduleCount: number;
  /** Sum of the roots' cumulative times: the whole start-up import time (of all runs, if several were pasted). */
  totalUs: number;
  /** The 20 slowest modules by cumulative time, slowest first; ties keep tree order. */
  slowestByCumulative: ImportTimeRow[];
  /** The 20 slowest modules by their own (self) time, slowest first. */
  slowestBySelf: ImportTimeRow[];
  /** Lines that started with "import time:" but could not be read. */
  skippedLines: number;
}

/** One module without its children: a row of the table, an entry of the slowest lists. */
export interface ImportTimeRow {
  name: string;
  selfUs: number;
  cumulativeUs: number;
  depth: number;
}

export type ImportTimeResult = { ok: true; profile: ImportTimeProfile } | { ok: false; error: string };

export const IMPORT_TIME_MAX_CHARS = 1_000_000;
export const IMPORT_TIME_MAX_LINES = 50_000;
/** How many entries the slowest lists keep. */
export const IMPORT_TIME_SLOWEST = 20;
/**
 * Deeper indentation is clamped to this. Real import chains are a few dozen
 * levels at most; the clamp keeps a crafted paste from producing a tree so
 * deep that JSON encoding, PostgreSQL's JSON parser or rendering overflow
 * their stacks.
 */
export const IMPORT_TIME_MAX_DEPTH = 100;

const EXAMPLE_LINE = "import time:       152 |        152 |   numpy";
const NOTHING_FOUND = `Expected the output of "python -X importtime": lines like "${EXAMPLE_LINE}". None were found.`;

// Leading whitespace is allowed (pastes from indented Markdown code blocks;
// \s also covers a byte-order mark).
const MARKER = /^\s*import time:/;
const HEADER = /^\s*import time:\s*self\b/;
// "cached" in either number column (3.14's -X importtime=2 prints it in both).
const CACHED = /^\s*import time:[^|]*(?:\|[^|]*)?\bcached\b/i;
// Each number may be followed by a marker (lenient towards future formats);
// the name column is everything after the second bar. A marker must start
// with a non-digit so that a long run of digits cannot backtrack
// quadratically.
const DATA = /^\s*import time:\s*(\d+)(?:[^\d|][^|]*)?\|\s*(\d+)(?:[^\d|][^|]*)?\|(.*)$/;

/** Parses pasted text. Never throws: problems come back as { ok: false, error }. */
export function parseImportTime(text: string): ImportTimeResult {
  if (typeof text !== "string") return { ok: false, error: NOTHING_FOUND };
  if (text.length > IMPORT_TIME_MAX_CHARS) {
    return {
      ok: false,
      error: `The text is ${formatCount(text.length)} characters long; the limit is ${formatCount(IMPORT_TIME_MAX_CHARS)}. Paste only the "import time:" lines (for example: python -X importtime -c "import numpy" 2>&1 | grep "import time:").`,
    };
  }

  // Modules that finished but have no parent yet, oldest first. A new line at
  // depth d claims every pending module deeper than d printed after the last
  // one at depth <= d: exactly the tail of this stack that is deeper than d.
  let pending: ImportNode[] = [];
  const roots: ImportNode[] = [];
  let moduleCount = 0;
  let skippedLines = 0;

  // A header starts a new run (concatenated outputs): whatever the previous
  // run left unclaimed (it was cut off) must not be adopted by the next one.
  const flushPending = () => {
    for (const node of pending) roots.push(node); // no spread: pending can hold 50,000 nodes
    pending = [];
  };

  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    if (!MARKER.test(rawLine)) continue; // program output, warnings, prompts …
    if (HEADER.test(rawLine)) {
      flushPending();
      continue;
    }

    const line = rawLine.includes("\t") ? expandTabs(rawLine) : rawLine;
    const match = DATA.exec(line);
    const selfUs = match ? Number(match[1]) : NaN;
    const cumulativeUs = match ? Number(match[2]) : NaN;
    const nameColumn = match?.[3] ?? "";
    const name = nameColumn.trim();
    if (!match || !name || !Number.isSafeInteger(selfUs) || !Number.isSafeInteger(cumulativeUs)) {
      if (!CACHED.test(line)) skippedLines += 1;
      continue;
    }

    moduleCount += 1;
    if (moduleCount > IMPORT_TIME_MAX_LINES) {
      return {
        ok: false,
        error: `The text has more than ${formatCount(IMPORT_TIME_MAX_LINES)} "import time:" lines, the most that can be shown. Paste the output of a single run.`,
      };
    }

    const depth = depthOf(nameColumn);
    let firstChild = pending.length;
    while (firstChild > 0 && pending[firstChild - 1]!.depth > depth) firstChild -= 1;
    const children = pending.splice(firstChild);
    // Depth-0 modules are never claimed (nothing is shallower): they stay here
    // and become roots, in line order with any orphans, at the next header or
    // at the end.
    pending.push({ name, selfUs, cumulativeUs, depth, children });
  }
  // Modules never claimed by a parent (the output was cut off) become roots.
  flushPending();

  if (moduleCount === 0) {
    return {
      ok: false,
      error: skippedLines > 0 ? `${NOTHING_FOUND} ${formatCount(skippedLines)} line${skippedLines === 1 ? "" : "s"} started with "import time:" but did not have two numbers and a module name.` : NOTHING_FOUND,
    };
  }

  const rows = flattenImportTree(roots);
  return {
    ok: true,
    profile: {
      roots,
      moduleCount,
      totalUs: roots.reduce((sum, root) => sum + root.cumulativeUs, 0),
      slowestByCumulative: topRows(rows, (row) => row.cumulativeUs),
      slowestBySelf: topRows(rows, (row) => row.selfUs),
      skippedLines,
    },
  };
}

/**
 * Every module of the tree as a row, parents before their children (pre-order).
 * Iterative, so a deep tree cannot overflow the stack.
 */
export function flattenImportTree(roots: ImportNode[]): ImportTimeRow[] {
  const rows: ImportTimeRow[] = [];
  const stack: ImportNode[] = [...roots].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    rows.push({ name: node.name, selfUs: node.selfUs, cumulativeUs: node.cumulativeUs, depth: node.depth });
    for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push(node.children[index]!);
  }
  return rows;
}

/** "850 µs", "12.3 ms", "1.42 s": three significant figures, at most. */
export function formatMicroseconds(us: number): string {
  if (!Number.isFinite(us)) return "–";
  if (us < 0) return `-${formatMicroseconds(-us)}`;
  if (Math.round(us) < 1000) return `${Math.round(us)} µs`;
  const ms = us / 1000;
  if (Math.round(ms) < 1000) return `${threeFigures(ms)} ms`;
  return `${threeFigures(ms / 1000)} s`;
}

/** Up to three significant figures, with whole numbers from 100 up ("1.42", "12.3", "456", "1234"). */
function threeFigures(value: number): string {
  if (Number(value.toFixed(2)) < 10) return value.toFixed(2);
  if (Number(value.toFixed(1)) < 100) return value.toFixed(1);
  return value.toFixed(0);
}

/** Nesting level from the column after the second bar: one space, then two per level. */
function depthOf(nameColumn: string): number {
  const indent = nameColumn.length - nameColumn.trimStart().length;
  return Math.min(IMPORT_TIME_MAX_DEPTH, Math.max(0, Math.floor((indent - 1) / 2)));
}

/**
 * Tabs to spaces at the terminal's 8-column stops, counted from the start of
 * the line: this undoes editors and `unexpand`, which turn runs of spaces
 * (including the indentation that encodes depth) into tabs.
 */
function expandTabs(line: string): string {
  let out = "";
  for (const char of line) {
    out += char === "\t" ? " ".repeat(8 - (out.length % 8)) : char;
  }
  return out;
}

function topRows(rows: ImportTimeRow[], value: (row: ImportTimeRow) => number): ImportTimeRow[] {
  // Array.prototype.sort is stable: equal times keep tree order.
  return [...rows].sort((a, b) => value(b) - value(a)).slice(0, IMPORT_TIME_SLOWEST);
}

function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
