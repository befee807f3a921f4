import path from "node:path";

/**
 * Files shipped with the app (data/, prisma/), resolved from the project
 * folder. Launchers, scripts and tests all run from there; bundled server code
 * cannot use its own file location, which lies inside .next/.
 */
export function projectPath(...parts: string[]) {
  // Runtime data, not build input: keep the build from tracing the whole project.
  return path.join(/* turbopackIgnore: true */ process.cwd(), ...parts);
}
