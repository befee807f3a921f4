import { createTransport, type Transporter } from "nodemailer";
import { getAppConfig } from "@/lib/config";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

let transport: { url: string; transporter: Transporter } | undefined;

export function isEmailConfigured() {
  const { env } = getAppConfig();
  return Boolean(env.SMTP_URL && env.EMAIL_FROM);
}

/** Sends one email through SMTP_URL. Callers check isEmailConfigured() first. */
export async function sendEmail(email: OutgoingEmail) {
  const { env } = getAppConfig();
  if (!env.SMTP_URL || !env.EMAIL_FROM) throw new Error("Email is not configured (SMTP_URL and EMAIL_FROM).");
  if (transport?.url !== env.SMTP_URL) {
    transport = { url: env.SMTP_URL, transporter: createTransport(env.SMTP_URL) };
  }
  const result = await transport.transporter.sendMail({ from: env.EMAIL_FROM, ...email });
  const failed = [...(result.rejected ?? []), ...(result.pending ?? [])];
  if (failed.length > 0) throw new Error(`The mail server did not accept the message for ${failed.join(", ")}.`);
}
