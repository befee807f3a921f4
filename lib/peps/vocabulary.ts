import type { Impact, PepStatus, PepType, Stance } from "@/lib/generated/prisma/enums";

/** Words and orderings for PEP metadata and the group's assessments, shared by pages, API and tests. */

export const statusOrder: PepStatus[] = ["Draft", "Accepted", "Provisional", "Active", "Final", "Deferred", "Rejected", "Withdrawn", "Superseded"];

/** PEPs that are no longer in play: lists put them after the live ones, whatever the sort, and their pages say so. */
export const closedStatuses: readonly PepStatus[] = ["Withdrawn", "Rejected", "Superseded"];
export const isClosedStatus = (status: PepStatus) => closedStatuses.includes(status);

export const statusDescriptions: Record<PepStatus, string> = {
  Draft: "being written or discussed",
  Accepted: "accepted, implementation under way",
  Provisional: "accepted provisionally",
  Active: "in force (process and informational PEPs)",
  Final: "accepted and implemented",
  Deferred: "on hold",
  Rejected: "turned down",
  Withdrawn: "withdrawn by its authors",
  Superseded: "replaced by a later PEP",
};

export const typeLabels: Record<PepType, string> = { StandardsTrack: "Standards Track", Informational: "Informational", Process: "Process" };
/** URL values for types (the API and the page use these). */
export const typeSlugs: Record<PepType, string> = { StandardsTrack: "standards-track", Informational: "informational", Process: "process" };

export const impactOrder: Impact[] = ["HIGH", "MEDIUM", "LOW", "NONE", "UNKNOWN"];
export const impactLabels: Record<Impact, string> = { HIGH: "High", MEDIUM: "Medium", LOW: "Low", NONE: "None", UNKNOWN: "Not assessed" };
export const impactSlugs: Record<Impact, string> = { HIGH: "high", MEDIUM: "medium", LOW: "low", NONE: "none", UNKNOWN: "unknown" };

export const stanceOrder: Stance[] = ["SUPPORT", "SUPPORT_WITH_CONCERNS", "MONITORING", "UNDECIDED", "OPPOSE"];
export const stanceLabels: Record<Stance, string> = {
  SUPPORT: "Support",
  SUPPORT_WITH_CONCERNS: "Support with concerns",
  OPPOSE: "Oppose",
  MONITORING: "Monitoring",
  UNDECIDED: "Undecided",
};
export const stanceSlugs: Record<Stance, string> = {
  SUPPORT: "support",
  SUPPORT_WITH_CONCERNS: "support-with-concerns",
  OPPOSE: "oppose",
  MONITORING: "monitoring",
  UNDECIDED: "undecided",
};

/** Who a PEP affects. Stored as the slugs. */
export const affectedGroups = {
  "end-users": "Scientists and other end users",
  "extension-authors": "Authors of compiled extensions",
  "package-maintainers": "Package maintainers",
  "distribution-packagers": "Distribution packagers (conda-forge, Spack, EasyBuild…)",
  "centre-staff": "HPC centre staff",
} as const;
export type AffectedGroup = keyof typeof affectedGroups;
export const affectedGroupSlugs = Object.keys(affectedGroups) as AffectedGroup[];

/** Reverse lookups from URL values. */
export const fromSlug = <T extends string>(slugs: Record<T, string>) => Object.fromEntries(Object.entries(slugs).map(([value, slug]) => [slug, value])) as Record<string, T>;
