import Link from "next/link";

/** The hub's mark: four nodes of a cluster, one in Python's yellow. */
export function LogoMark({ className = "size-8" }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden>
      <rect width="32" height="32" rx="8" className="fill-brand-600" />
      <rect x="7.5" y="7.5" width="7" height="7" rx="2" fill="#fff" />
      <rect x="17.5" y="7.5" width="7" height="7" rx="2" fill="#fff" opacity="0.7" />
      <rect x="7.5" y="17.5" width="7" height="7" rx="2" fill="#fff" opacity="0.7" />
      <rect x="17.5" y="17.5" width="7" height="7" rx="2" className="fill-accent-400" />
    </svg>
  );
}

export function Logo() {
  return (
    <Link href="/" className="flex items-center gap-2.5 rounded-md font-semibold tracking-tight text-ink" aria-label="PyHPC Hub, home">
      <LogoMark />
      <span className="text-[1.05rem]">
        PyHPC <span className="text-primary">Hub</span>
      </span>
    </Link>
  );
}
