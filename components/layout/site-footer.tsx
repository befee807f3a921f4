import Link from "next/link";

export function SiteFooter() {
  return (
    <footer data-site-footer className="mt-20 border-t border-line bg-surface">
      <div className="mx-auto flex max-w-7xl flex-col gap-4 px-4 py-8 text-sm text-muted sm:flex-row sm:items-center sm:justify-between sm:px-6 lg:px-8">
        <p>
          PyHPC Hub — the Python-on-HPC working group. PEP metadata from the{" "}
          <a className="font-medium text-primary hover:underline" href="https://peps.python.org/" rel="noopener noreferrer">
            PEP index
          </a>
          .
        </p>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            <li>
              <Link className="hover:text-ink" href="/peps">
                PEPs
              </Link>
            </li>
            <li>
              <Link className="hover:text-ink" href="/pain-points">
                Pain points
              </Link>
            </li>
            <li>
              <Link className="hover:text-ink" href="/sessions">
                Sessions
              </Link>
            </li>
            <li>
              <a className="hover:text-ink" href="/api/health">
                Status
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
