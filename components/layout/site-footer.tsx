import Link from "next/link";

const footerLinks: { href: string; label: string; isDocument?: boolean }[] = [
  { href: "/peps", label: "PEPs" },
  { href: "/pain-points", label: "Pain points" },
  { href: "/sessions", label: "Sessions" },
  { href: "/glossary", label: "Glossary" },
  { href: "/charter", label: "Charter" },
  { href: "/api/health", label: "Status", isDocument: true },
];

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
            {footerLinks.map((link) => (
              <li key={link.href}>
                {link.isDocument ? (
                  <a className="hover:text-ink" href={link.href}>
                    {link.label}
                  </a>
                ) : (
                  <Link className="hover:text-ink" href={link.href}>
                    {link.label}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
