import { Activity, ArrowRight, CalendarDays, Layers, ScrollText } from "lucide-react";
import Link from "next/link";
import { buttonStyles } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getSiteFigures } from "@/lib/site/get-site-figures";

const jobs = [
  {
    href: "/peps",
    icon: Layers,
    title: "PEP impact tracker",
    text: "Every Python Enhancement Proposal, with the working group's view of what the HPC-relevant ones mean for clusters, centres and extension authors.",
  },
  {
    href: "/pain-points",
    icon: Activity,
    title: "Pain points",
    text: "What hurts when running Python on HPC systems, reported with the site context that makes it actionable, ranked by how many sites it affects.",
  },
  {
    href: "/sessions",
    icon: CalendarDays,
    title: "Live sessions",
    text: "Birds-of-a-Feather sessions with an agenda, collaborative notes, Q&A and polls — then a permanent, searchable record.",
  },
  {
    href: "/statements",
    icon: ScrollText,
    title: "Position statements",
    text: "What the working group tells Python's Steering Council and the PSF, drafted together, voted on and backed by evidence.",
  },
] as const;

export default async function HomePage() {
  const figures = await getSiteFigures();
  const stats = [
    { label: "PEPs tracked", value: figures.pepCount, detail: `${figures.hpcPepCount} marked HPC-relevant`, href: "/peps" },
    { label: "Areas", value: figures.areas.length, detail: "shared taxonomy", href: "/areas" },
    { label: "Working-group members", value: figures.memberCount, detail: "members, chairs and admins", href: "/members" },
    { label: "Pain points", value: figures.painPointCount, detail: "reported from HPC sites", href: "/pain-points" },
  ];

  return (
    <div className="space-y-16">
      <section className="relative overflow-hidden rounded-3xl border border-line bg-surface px-6 py-12 shadow-xs sm:px-10 sm:py-16">
        <div aria-hidden className="pointer-events-none absolute -top-24 -right-24 size-80 rounded-full bg-brand-400/15 blur-3xl" />
        <div aria-hidden className="pointer-events-none absolute -bottom-28 left-1/3 size-72 rounded-full bg-accent-400/20 blur-3xl" />
        <div className="relative max-w-3xl space-y-6">
          <p className="text-sm font-semibold tracking-wide text-primary uppercase">Python-on-HPC working group</p>
          <h1 className="text-4xl font-semibold tracking-tight text-balance sm:text-5xl">Where high-performance computing meets the future of Python</h1>
          <p className="text-lg text-pretty text-muted">
            PyHPC Hub is the group&rsquo;s home between conferences. Find out which Python standards are coming — array APIs, packaging, the JIT, free-threading — report what hurts on your cluster, follow sessions live, and read what the
            group tells the people who steer Python.
          </p>
          <div className="flex flex-wrap gap-3">
            <Link href="/peps" className={buttonStyles({ size: "lg" })}>
              Browse HPC-relevant PEPs <ArrowRight aria-hidden className="size-4" />
            </Link>
            <Link href="/pain-points" className={buttonStyles({ variant: "secondary", size: "lg" })}>
              See what hurts
            </Link>
          </div>
        </div>
      </section>

      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading" className="sr-only">
          The hub in figures
        </h2>
        {/* A <dl> holds only its groups (<div>s of <dt> and <dd>); the whole tile is the term's link, stretched over it. */}
        <dl className="grid grid-cols-2 gap-4 lg:grid-cols-4">
          {stats.map((stat) => (
            <div key={stat.label} className="group relative flex flex-col rounded-xl border border-line bg-surface p-5 shadow-xs transition focus-within:ring-2 focus-within:ring-focus/30 hover:border-primary/40">
              <dt className="text-sm font-medium text-muted">
                <Link href={stat.href} className="outline-none after:absolute after:inset-0 after:rounded-xl group-hover:text-primary">
                  {stat.label}
                </Link>
              </dt>
              <dd className="mt-2 text-3xl font-semibold tracking-tight tabular-nums">{stat.value.toLocaleString("en")}</dd>
              <dd className="mt-1 text-xs text-subtle">{stat.detail}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="jobs-heading" className="space-y-6">
        <div className="space-y-1">
          <h2 id="jobs-heading" className="text-2xl font-semibold tracking-tight">
            What the hub is for
          </h2>
          <p className="text-muted">Four jobs, tied together by one taxonomy: a statement cites pain points and PEPs; a pain point names the PEPs that would fix it.</p>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          {jobs.map((job) => (
            <Link key={job.href} href={job.href} className="group">
              <Card className="h-full p-6 transition group-hover:border-primary/40 group-hover:shadow-sm">
                <div className="flex items-start gap-4">
                  <div className="rounded-lg bg-primary-soft p-2.5 text-primary">
                    <job.icon aria-hidden className="size-5" />
                  </div>
                  <div className="space-y-1.5">
                    <h3 className="font-semibold tracking-tight group-hover:text-primary">{job.title}</h3>
                    <p className="text-sm text-muted">{job.text}</p>
                  </div>
                </div>
              </Card>
            </Link>
          ))}
        </div>
      </section>

      <section aria-labelledby="areas-heading" className="space-y-6">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div className="space-y-1">
            <h2 id="areas-heading" className="text-2xl font-semibold tracking-tight">
              Areas
            </h2>
            <p className="text-muted">Where Python&rsquo;s evolution touches HPC work.</p>
          </div>
          <Link href="/areas" className="inline-flex items-center gap-1 text-sm font-medium text-primary hover:underline">
            All areas <ArrowRight aria-hidden className="size-4" />
          </Link>
        </div>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {figures.areas.map((area) => (
            <li key={area.slug}>
              <Link href={`/areas/${area.slug}`} className="group block h-full rounded-xl border border-line bg-surface p-5 shadow-xs transition hover:border-primary/40">
                <div className="flex items-baseline justify-between gap-3">
                  <h3 className="font-semibold tracking-tight group-hover:text-primary">{area.name}</h3>
                  <span className="text-xs text-subtle tabular-nums">{area.pepCount} PEPs</span>
                </div>
                <p className="mt-2 text-sm text-muted">{area.summary}</p>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
