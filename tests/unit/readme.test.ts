import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describeEnv } from "@/lib/env";

/**
 * The text under a "## " heading, up to the next one. A heading that is not
 * there throws: a slice from indexOf's -1 would search nearly the whole file,
 * and the tests below would pass whatever the section says.
 */
function section(markdown: string, heading: string) {
  const lines = markdown.split("\n");
  const start = lines.indexOf(heading);
  if (start === -1) throw new Error(`README.md has no "${heading}" heading`);
  const end = lines.findIndex((line, index) => index > start && line.startsWith("## "));
  return lines.slice(start + 1, end === -1 ? undefined : end).join("\n");
}

describe("README", () => {
  const readme = readFileSync("README.md", "utf8");

  it("documents every environment variable the app reads", () => {
    const table = section(readme, "## Configuration");
    const names = describeEnv().map((variable) => variable.name);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !table.includes(`\`${name}\``))).toEqual([]);
  });

  it("shows the two commands first", () => {
    // The first fenced block, which must come before the first section.
    const firstBlock = /^```sh\n([\s\S]*?)^```$/m.exec(readme);
    expect(firstBlock, "README.md has no ```sh block").not.toBeNull();
    expect(firstBlock!.index).toBeLessThan(readme.indexOf("\n## "));
    expect(firstBlock![1]).toContain("npm start");
    expect(firstBlock![1]).toContain("npm test");
  });
});
