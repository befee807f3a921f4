/**
 * A problem that stops the app or a command from starting, with a message that
 * tells the person at the terminal what happened and what to do. Launchers print
 * only the message (no stack trace) and exit non-zero.
 */
export class StartupError extends Error {
  override name = "StartupError";
}
