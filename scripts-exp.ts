import { startEmbeddedPostgres } from "@/lib/database/embedded-postgres";
const t = Date.now();
const db = await startEmbeddedPostgres({ dataRoot: "/work/main/.data/exp" });
console.log("started in", Date.now() - t, db.port, db.dataDir);
console.log(await db.createDatabaseIfMissing("hello"));
await db.stop();
console.log("stopped");
