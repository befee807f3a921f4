/**
 * Stand-ins for the outside world during end-to-end tests, run as a
 * Playwright web server: an OpenID Connect provider (oidc-provider, with its
 * development login form that accepts any name) and an SMTP server that files
 * every message it receives as JSON for the tests to read.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";
import Provider from "oidc-provider";
import { SMTPServer } from "smtp-server";
import { e2e } from "./settings";

const provider = new Provider(e2e.oidcIssuer, {
  clients: [
    {
      client_id: e2e.oidcClient.id,
      client_secret: e2e.oidcClient.secret,
      redirect_uris: [`${e2e.appUrl}/api/auth/callback/oidc`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  cookies: { keys: ["e2e-cookie-key-not-secret"] },
  // Put name and email into the ID token, as institutional providers usually do.
  conformIdTokenClaims: false,
  // Whatever name is typed into the login form becomes the account.
  async findAccount(_context, accountId) {
    return {
      accountId,
      async claims() {
        return { sub: accountId, email: `${accountId}@sso.example.test`, email_verified: true, name: `SSO ${accountId}` };
      },
    };
  },
});
provider.listen(e2e.oidcPort, () => console.log(`OpenID Connect provider at ${e2e.oidcIssuer}`));

await mkdir(e2e.mailDir, { recursive: true });
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  async onData(stream, session, callback) {
    try {
      const mail = await simpleParser(stream);
      const to = session.envelope.rcptTo.map((recipient) => recipient.address);
      const file = path.join(e2e.mailDir, `${Date.now()}-${Math.random().toString(36).slice(2, 8)}.json`);
      await writeFile(file, JSON.stringify({ to, subject: mail.subject, text: mail.text, html: mail.html || null }, null, 2));
      callback();
    } catch (error) {
      callback(error as Error);
    }
  },
});
smtp.listen(e2e.smtpPort, "127.0.0.1", () => console.log(`SMTP sink on port ${e2e.smtpPort}, mail in ${e2e.mailDir}`));

const stop = () => {
  smtp.close(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
