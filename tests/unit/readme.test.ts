import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describeEnv } from "@/lib/env";

describe("README", () => {
  const readme = readFileSync("README.md", "utf8");
  const table = readme.slice(readme.indexOf("## Configuration"), readme.indexOf("## Architecture"));

  it("documents every environment variable the app reads", () => {
    const missing = describeEnv()
      .map((variable) => variable.name)
      .filter((name) => !table.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });

  it("shows the two commands first", () => {
    const firstBlock = readme.slice(readme.indexOf("```sh"), readme.indexOf("```", readme.indexOf("```sh") + 5));
    expect(firstBlock).toContain("npm start");
    expect(firstBlock).toContain("npm test");
  });
});
