import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CharterSettingsList } from "@/components/charter/charter-settings-list";
import { TextDiff } from "@/components/peps/text-diff";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { UserText } from "@/components/ui/user-text";
import { comparedVersions, VersionCompareForm } from "@/components/ui/version-compare-form";
import { getCurrentActor } from "@/lib/auth/current-user";
import { listCharterVersions } from "@/lib/charter/list-charter-versions";
import { formatDateTimeUtc } from "@/lib/ui/format";

export const metadata: Metadata = { title: "Charter history" };

const texts = [
  ["purpose", "Purpose"],
  ["decisionMaking", "How we decide"],
  ["codeOfConduct", "Code of conduct"],
] as const;

/** Every version of the charter, and any two compared: texts word by word, scope and rules side by side. */
export default async function CharterHistoryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const versions = await listCharterVersions({ actor: await getCurrentActor() });
  if (versions.length === 0) notFound();
  const newest = versions[0]!.version;
  const { from, to } = comparedVersions(
    versions.map((item) => item.version),
    await searchParams,
  );
  const before = versions.find((item) => item.version === from)!;
  const after = versions.find((item) => item.version === to)!;
  const removedAreas = before.scopeAreas.filter((area) => !after.scopeAreas.includes(area));
  const addedAreas = after.scopeAreas.filter((area) => !before.scopeAreas.includes(area));

  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ href: "/charter", label: "Charter" }]} current="History" />
      <PageHeader eyebrow="Charter" title="Charter history" description="Every saved version of the working group's charter, who saved it and why. Compare any two." />

      <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[20rem_minmax(0,1fr)]">
        <Card className="self-start">
          <CardHeader>
            <CardTitle>Versions</CardTitle>
          </CardHeader>
          <ol className="divide-y divide-line" data-testid="charter-versions">
            {versions.map((version) => (
              <li key={version.version} className="space-y-1 px-5 py-3 text-sm">
                <div className="flex items-center justify-between gap-2">
                  <Link href={`/charter/history?from=${versions.find((item) => item.version < version.version)?.version ?? version.version}&to=${version.version}`} className="font-medium text-primary hover:underline">
                    Version {version.version}
                  </Link>
                  {version.version === newest ? <span className="text-xs text-subtle">in force</span> : null}
                </div>
                <p className="text-xs text-muted">
                  {version.editorName ? <UserText>{version.editorName}</UserText> : "The hub"} · <time dateTime={version.createdAt.toISOString()}>{formatDateTimeUtc(version.createdAt)}</time>
                </p>
                <p className="text-xs">
                  <UserText>{version.reason}</UserText>
                </p>
              </li>
            ))}
          </ol>
        </Card>

        <section aria-labelledby="compare-heading" className="min-w-0 space-y-4">
          <h2 id="compare-heading" className="text-lg font-semibold">
            Compare versions
          </h2>
          <VersionCompareForm versions={versions.map((version) => version.version)} from={from} to={to} />
          <Card>
            <CardBody className="space-y-6" data-testid="charter-diff">
              <p className="text-sm text-muted">
                Version {from} → version {to}: <UserText>{after.reason}</UserText>
              </p>
              {texts.map(([name, label]) => (
                <div key={name} className="space-y-2">
                  <h3 className="text-sm font-semibold">{label}</h3>
                  <TextDiff before={before[name]} after={after[name]} unchanged={`${label}: no change.`} />
                </div>
              ))}
              <div className="space-y-2">
                <h3 className="text-sm font-semibold">Scope</h3>
                {removedAreas.length || addedAreas.length ? (
                  <p className="text-sm">
                    {addedAreas.length ? <span className="text-success">Added: {addedAreas.join(", ")}. </span> : null}
                    {removedAreas.length ? <span className="text-danger">Removed: {removedAreas.join(", ")}.</span> : null}
                  </p>
                ) : (
                  <p className="text-sm text-subtle">Scope: no change.</p>
                )}
              </div>
              <div className="space-y-2">
                <h3 className="text-sm font-semibold">Decision rules</h3>
                <CharterSettingsList settings={after.settings} before={before.settings} />
              </div>
            </CardBody>
          </Card>
        </section>
      </div>
    </div>
  );
}
