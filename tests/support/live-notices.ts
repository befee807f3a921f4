import pg from "pg";
import { getAppConfig } from "@/lib/config";
import { LIVE_CHANNEL, type LiveNotice } from "@/lib/live/notify-session-live";

/** Listens on the live channel on a connection of its own, as each app process does; `notices` fills as they arrive. */
export async function listenToLiveNotices() {
  const client = new pg.Client({ connectionString: getAppConfig().databaseUrl });
  await client.connect();
  const notices: LiveNotice[] = [];
  client.on("notification", (message) => {
    if (message.channel === LIVE_CHANNEL) notices.push(JSON.parse(message.payload!) as LiveNotice);
  });
  await client.query(`LISTEN ${LIVE_CHANNEL}`);
  return {
    notices,
    /** Lets notices already sent arrive (a round trip on the listening connection comes after them). */
    settle: async () => void (await client.query("SELECT 1")),
    stop: () => client.end(),
  };
}
