import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { expect } from "@playwright/test";
import { e2e } from "./settings";

interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

/** Waits for the SMTP sink to receive a message for this address. */
export async function waitForMailTo(address: string): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(
      async () => {
        const files = await readdir(e2e.mailDir).catch(() => []);
        for (const file of files.sort().reverse()) {
          const mail = JSON.parse(await readFile(path.join(e2e.mailDir, file), "utf8")) as ReceivedMail;
          if (mail.to.includes(address)) {
            found = mail;
            return true;
          }
        }
        return false;
      },
      { timeout: 15_000, message: `an email to ${address}` },
    )
    .toBe(true);
  return found!;
}

export function firstLinkIn(text: string) {
  const link = /https?:\/\/\S+/.exec(text)?.[0];
  if (!link) throw new Error(`No link in:\n${text}`);
  return link;
}
