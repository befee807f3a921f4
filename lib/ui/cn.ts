import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/** Joins class names, skipping falsy ones; later Tailwind classes win over earlier conflicting ones. */
export function cn(...classes: ClassValue[]) {
  return twMerge(clsx(classes));
}
