import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { FlashProvider } from "@/components/ui/flash";
import { HydrationMarker } from "@/components/layout/hydration-marker";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { signOutAction } from "./_actions/sign-out";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "PyHPC Hub", template: "%s · PyHPC Hub" },
  description: "The home of the Python-on-HPC working group: which Python standards change HPC work, what hurts on clusters, live BoF sessions, and the group's statements.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#101a2a" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">
        <FlashProvider>
          <a href="#main" className="sr-only z-50 rounded-md bg-primary px-4 py-2 font-medium text-on-primary focus:not-sr-only focus:fixed focus:top-3 focus:left-3">
            Skip to content
          </a>
          <SiteHeader signOutAction={signOutAction} />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-8 outline-none sm:px-6 lg:px-8 lg:py-10">
            {children}
          </main>
          <SiteFooter />
          <HydrationMarker />
        </FlashProvider>
      </body>
    </html>
  );
}
