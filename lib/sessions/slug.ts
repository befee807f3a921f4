/** Addresses of sessions: /sessions/<slug>. */

export const slugLimits = { min: 3, max: 80 } as const;

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Words the session pages use themselves (/sessions/new). */
export const reservedSlugs = new Set(["new", "calendar", "feed", "edit"]);

/**
 * A session's address from its title: lower-case ASCII letters and digits
 * joined by single hyphens ("Python for HPC: State of the Ecosystem" →
 * "python-for-hpc-state-of-the-ecosystem"), accents dropped, at most
 * `slugLimits.max` characters and cut at a word boundary when possible.
 */
export function slugify(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > slugLimits.max) {
      if (!slug) slug = word.slice(0, slugLimits.max);
      break;
    }
    slug = next;
  }
  return slug;
}

/** A slug that is usable as it stands: long enough, well formed, not one of the pages' own words. */
export const isUsableSlug = (slug: string) => slug.length >= slugLimits.min && slug.length <= slugLimits.max && slugPattern.test(slug) && !reservedSlugs.has(slug);

/** The first of slug, slug-2, slug-3 … that is not taken. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) {
    const tail = `-${suffix}`;
    const candidate = `${base.slice(0, slugLimits.max - tail.length).replace(/-+$/, "")}${tail}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The slug a title gets when the chair leaves the address to us. */
export function slugFromTitle(title: string): string {
  const base = slugify(title);
  if (base.length >= slugLimits.min && !reservedSlugs.has(base)) return base;
  return base ? `${base}-session` : "session";
}
