import type { PainSeverity, PainStatus } from "@/lib/generated/prisma/enums";

/**
 * The choices offered for a pain point's severity, status and HPC context.
 * Stored as the keys; every context field also accepts "other" plus free text
 * (see report-pain-point.ts).
 */

export const severityOrder: PainSeverity[] = ["BLOCKS_WORK", "COSTS_HOURS", "ANNOYANCE"];
export const severityLabels: Record<PainSeverity, string> = {
  BLOCKS_WORK: "Blocks my work",
  COSTS_HOURS: "Costs hours",
  ANNOYANCE: "Annoyance",
};
export const severitySlugs: Record<PainSeverity, string> = { BLOCKS_WORK: "blocks-work", COSTS_HOURS: "costs-hours", ANNOYANCE: "annoyance" };

export const statusOrder: PainStatus[] = ["NEW", "CONFIRMED", "LINKED_TO_PEP", "ADDRESSED", "DUPLICATE", "WONT_FIX"];
export const statusLabels: Record<PainStatus, string> = {
  NEW: "New",
  CONFIRMED: "Confirmed",
  LINKED_TO_PEP: "Linked to a PEP",
  ADDRESSED: "Addressed",
  DUPLICATE: "Duplicate",
  WONT_FIX: "Won't fix",
};
export const statusSlugs: Record<PainStatus, string> = {
  NEW: "new",
  CONFIRMED: "confirmed",
  LINKED_TO_PEP: "linked-to-pep",
  ADDRESSED: "addressed",
  DUPLICATE: "duplicate",
  WONT_FIX: "wont-fix",
};

export const siteKinds = {
  "national-centre": "National supercomputing centre",
  "university-cluster": "University cluster",
  lab: "Research lab",
  cloud: "Cloud",
  workstation: "Workstation",
  other: "Other",
} as const;

export const schedulers = {
  slurm: "Slurm",
  pbs: "PBS / Torque",
  lsf: "LSF",
  flux: "Flux",
  none: "None",
  other: "Other",
} as const;

export const filesystems = {
  lustre: "Lustre",
  gpfs: "GPFS / Spectrum Scale",
  nfs: "NFS",
  beegfs: "BeeGFS",
  cephfs: "CephFS",
  local: "Local disk",
  other: "Other",
} as const;

export const installMethods = {
  conda: "conda / mamba / pixi",
  spack: "Spack",
  "pip-venv": "pip + venv",
  uv: "uv",
  modules: "Environment modules",
  container: "Container (Apptainer…)",
  system: "System Python",
  other: "Other",
} as const;

export const mpiImplementations = {
  openmpi: "Open MPI",
  mpich: "MPICH",
  "cray-mpich": "Cray MPICH",
  "intel-mpi": "Intel MPI",
  mvapich: "MVAPICH",
  none: "None",
  other: "Other",
} as const;

export const accelerators = {
  nvidia: "NVIDIA GPU",
  amd: "AMD GPU",
  intel: "Intel GPU",
  none: "None",
  other: "Other",
} as const;

export type SiteKind = keyof typeof siteKinds;
export type Scheduler = keyof typeof schedulers;
export type Filesystem = keyof typeof filesystems;
export type InstallMethod = keyof typeof installMethods;

/** The context fields with fixed choices, for forms, filters and display. */
export const contextChoices = {
  siteKind: siteKinds,
  scheduler: schedulers,
  filesystem: filesystems,
  installMethod: installMethods,
  mpi: mpiImplementations,
  accelerator: accelerators,
} as const;
export type ContextField = keyof typeof contextChoices;

export const contextLabels: Record<ContextField | "site" | "pythonVersion", string> = {
  site: "Site",
  siteKind: "Kind of site",
  scheduler: "Scheduler",
  filesystem: "Shared filesystem",
  installMethod: "How Python was installed",
  pythonVersion: "Python version",
  mpi: "MPI",
  accelerator: "Accelerator",
};

/**
 * How a stored context value reads: a known key becomes its label, and
 * "other: <text>" (what the form stores for "Other") becomes the text.
 */
export function describeContextValue(field: ContextField, value: string | null | undefined): string | null {
  if (!value) return null;
  if (value.startsWith("other:")) return value.slice("other:".length).trim() || "Other";
  return (contextChoices[field] as Record<string, string>)[value] ?? value;
}

/** Every context field of a report, in the order forms and pages show them. */
export const contextFieldOrder = ["site", "siteKind", "scheduler", "filesystem", "installMethod", "pythonVersion", "mpi", "accelerator"] as const;

/** A context in one line, in the form's order: "Example University · Slurm · GPFS / Spectrum Scale". */
export function describeContext(context: Partial<Record<(typeof contextFieldOrder)[number], string | null>>): string {
  return contextFieldOrder
    .map((field) => (field === "site" || field === "pythonVersion" ? context[field] : describeContextValue(field, context[field])))
    .filter(Boolean)
    .join(" · ");
}
