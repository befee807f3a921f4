// `node --import tsx --import ./scripts/register-server-only.mjs program.ts`:
// lets a program outside Next.js import lib/db.ts (see scripts/server-only-hooks.mjs).
import { register } from "node:module";

register("./server-only-hooks.mjs", import.meta.url);
