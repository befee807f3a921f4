/** "python/cpython#123" for GitHub issues and pull requests, the host and path otherwise. */
export function describeUpstreamLink(url: string) {
  try {
    const parsed = new URL(url);
    const github = /^\/([^/]+)\/([^/]+)\/(?:issues|pull|discussions)\/(\d+)/.exec(parsed.pathname);
    if (parsed.hostname === "github.com" && github) return { label: `${github[1]}/${github[2]}#${github[3]}`, host: "GitHub" };
    const gitlab = /^\/(.+?)\/-\/(?:issues|merge_requests)\/(\d+)/.exec(parsed.pathname);
    if (parsed.hostname.includes("gitlab") && gitlab) return { label: `${gitlab[1]}#${gitlab[2]}`, host: "GitLab" };
    if (parsed.hostname === "discuss.python.org") return { label: parsed.pathname.replace(/^\/t\//, "").replace(/\/\d+$/, ""), host: "Python forum" };
    return { label: `${parsed.hostname}${parsed.pathname === "/" ? "" : parsed.pathname}`, host: parsed.hostname };
  } catch {
    return { label: url, host: "" };
  }
}
