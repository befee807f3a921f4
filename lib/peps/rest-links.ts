/**
 * The PEP index keeps some headers as reStructuredText links:
 * "`24-Oct-2023 <https://discuss.python.org/t/37075>`__". This reads them into
 * label and URL pairs; plain URLs become a link labelled with the URL.
 */
export interface IndexLink {
  label: string;
  url: string | null;
}

export function parseRestLinks(value: string | null | undefined): IndexLink[] {
  if (!value) return [];
  const links: IndexLink[] = [];
  const pattern = /`([^`<]+?)\s*<([^>]+)>`_{1,2}|(https?:\/\/\S+)|([^,`]+)/g;
  for (const match of value.matchAll(pattern)) {
    if (match[1] && match[2]) links.push({ label: match[1].trim(), url: safeUrl(match[2].trim()) });
    else if (match[3]) links.push({ label: match[3].replace(/[,.]$/, ""), url: safeUrl(match[3].replace(/[,.]$/, "")) });
    else if (match[4]?.trim()) links.push({ label: match[4].trim(), url: null });
  }
  return links;
}

/** Only http(s) and mailto links leave the index as links. */
export function safeUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return ["http:", "https:", "mailto:"].includes(url.protocol) ? url.toString() : null;
  } catch {
    return null;
  }
}

/** discussions_to is a URL or, for older PEPs, a mailing-list address. */
export function discussionLink(value: string | null): IndexLink | null {
  if (!value) return null;
  if (/^[^\s@]+@[^\s@]+$/.test(value)) return { label: value, url: `mailto:${value}` };
  return { label: value.replace(/^https?:\/\//, ""), url: safeUrl(value) };
}
