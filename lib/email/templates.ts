/** Plain, readable emails: a text part for every client and a small HTML part. */

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (character) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[character]!);

export function signInLinkEmail({ url, host, minutesValid }: { url: string; host: string; minutesValid: number }) {
  const subject = `Your sign-in link for PyHPC Hub (${host})`;
  const text = [
    "Hello,",
    "",
    "Use this link to sign in to PyHPC Hub:",
    url,
    "",
    `It works once and expires in ${minutesValid} minutes.`,
    "If you did not ask for it, ignore this email; nobody can sign in without the link.",
  ].join("\n");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#0f172a">
<p>Hello,</p>
<p>Use this button to sign in to <strong>PyHPC Hub</strong> at ${escapeHtml(host)}:</p>
<p><a href="${escapeHtml(url)}" style="display:inline-block;padding:10px 18px;background:#2b5b9e;color:#fff;border-radius:6px;text-decoration:none">Sign in</a></p>
<p style="color:#475569;font-size:14px">It works once and expires in ${minutesValid} minutes. If you did not ask for it, ignore this email.</p>
</body></html>`;
  return { subject, text, html };
}

export function notificationEmail({ title, body, url }: { title: string; body?: string; url: string }) {
  const text = [title, "", ...(body ? [body, ""] : []), `See it on PyHPC Hub: ${url}`, "", "You get this because you follow it on PyHPC Hub."].join("\n");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#0f172a">
<p><strong>${escapeHtml(title)}</strong></p>
${body ? `<p>${escapeHtml(body)}</p>` : ""}
<p><a href="${escapeHtml(url)}">See it on PyHPC Hub</a></p>
<p style="color:#475569;font-size:13px">You get this because you follow it on PyHPC Hub.</p>
</body></html>`;
  return { subject: `[PyHPC Hub] ${title}`, text, html };
}

export function invitationEmail({ url, inviterName, message, expiresOn }: { url: string; inviterName: string; message: string | null; expiresOn: string }) {
  const subject = "You are invited to join the Python-on-HPC working group";
  const text = [
    "Hello,",
    "",
    `${inviterName} invites you to join the Python-on-HPC working group on PyHPC Hub.`,
    ...(message ? ["", message] : []),
    "",
    "Open this link to sign in and confirm your details:",
    url,
    "",
    `It works until ${expiresOn}, once. If you do not want to join, ignore this email.`,
  ].join("\n");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#0f172a">
<p>Hello,</p>
<p>${escapeHtml(inviterName)} invites you to join the <strong>Python-on-HPC working group</strong> on PyHPC Hub.</p>
${message ? `<blockquote style="margin:0 0 1em;padding-left:12px;border-left:3px solid #cbd5e1;white-space:pre-line">${escapeHtml(message)}</blockquote>` : ""}
<p><a href="${escapeHtml(url)}" style="display:inline-block;padding:10px 18px;background:#2b5b9e;color:#fff;border-radius:6px;text-decoration:none">See the invitation</a></p>
<p style="color:#475569;font-size:14px">It works until ${escapeHtml(expiresOn)}, once. If you do not want to join, ignore this email.</p>
</body></html>`;
  return { subject, text, html };
}
