import type { Metadata } from "next";
import { headers } from "next/headers";
import { cache } from "react";
import { NotFoundPage } from "@/components/layout/not-found-page";
import { describeMissingPage } from "@/lib/site/describe-missing-page";

/**
 * The one 404 page, for unknown addresses and for every page that calls
 * notFound(). Not-found files get no params; proxy.ts passes the path on,
 * and lib/site/missing-page.ts says what a path names.
 */
const missingHere = cache(async () => describeMissingPage((await headers()).get("x-request-path") ?? "/"));

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await missingHere()).title };
}

export default async function NotFound() {
  return <NotFoundPage missing={await missingHere()} />;
}
