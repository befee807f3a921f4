import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CharterSettingsList } from "@/components/charter/charter-settings-list";
import { TextDiff } from "@/components/peps/text-diff";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { UserText } from "@/components/ui/user-text";
import { comparedVersions } from "@/components/ui/version-compare-form";
import { VersionHistory } from "@/components/ui/version-history";
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

      <VersionHistory
        entries={versions.map((version) => ({
          version: version.version,
          href: `/charter/history?from=${versions.find((item) => item.version < version.version)?.version ?? version.version}&to=${version.version}`,
          note: version.version === newest ? "in force" : undefined,
          details: (
            <>
              <p className="text-xs text-muted">
                {version.editorName ? <UserText>{version.editorName}</UserText> : "The hub"} · <time dateTime={version.createdAt.toISOString()}>{formatDateTimeUtc(version.createdAt)}</time>
              </p>
              <p className="text-xs">
                <UserText>{version.reason}</UserText>
              </p>
            </>
          ),
        }))}
        from={from}
        to={to}
        listTestId="charter-versions"
      >
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
      </VersionHistory>
    </div>
  );
}
