/**
 * A Node.js resolve hook that gives "server-only" the module it gets inside
 * Next.js's server bundles: the package's empty one (its "react-server"
 * export). lib/db.ts imports "server-only" so that `next build` refuses any
 * client component that reaches the data layer; everywhere else the package
 * throws on import by design. The processes that load this hook (the launcher
 * and custom server, command-line scripts, test and bench child processes) run
 * the same modules outside Next.js, and all of them are server code.
 * Registered by scripts/register-server-only.mjs.
 */
export async function resolve(specifier, context, nextResolve) {
  if (specifier !== "server-only") return nextResolve(specifier, context);
  return nextResolve(specifier, { ...context, conditions: ["react-server", ...context.conditions] });
}
