import { StartupError } from "@/lib/startup-error";

/**
 * Runs a command-line program: expected problems (StartupError) print as one
 * line, anything else with its stack; either way the exit code is 1.
 */
export function runCli(main: () => Promise<void | number>) {
  main().then(
    (code) => process.exit(typeof code === "number" ? code : 0),
    (error: unknown) => {
      if (error instanceof StartupError) console.error(`\n✖ ${error.message}\n`);
      else console.error(error);
      process.exit(1);
    },
  );
}
