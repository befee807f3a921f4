/** The sections of the site, in header order. */
export const sections = [
  { href: "/peps", label: "PEP tracker" },
  { href: "/pain-points", label: "Pain points" },
  { href: "/sessions", label: "Sessions" },
  { href: "/statements", label: "Statements" },
  { href: "/members", label: "Members" },
] as const;

export const isSectionActive = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);
