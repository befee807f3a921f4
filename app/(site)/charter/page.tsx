import { History, Pencil } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { CharterSettingsList } from "@/components/charter/charter-settings-list";
import { Markdown } from "@/components/markdown/markdown";
import { buttonStyles } from "@/components/ui/button";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { UserText } from "@/components/ui/user-text";
import { getCurrentActor } from "@/lib/auth/current-user";
import { getCharter } from "@/lib/charter/get-charter";
import { can } from "@/lib/permissions";
import { formatDateTimeUtc } from "@/lib/ui/format";

export const metadata: Metadata = { title: "Charter", description: "The Python-on-HPC working group's charter: purpose, scope, how it decides, its code of conduct and its chairs." };

export default async function CharterPage() {
  const actor = await getCurrentActor();
  const found = await getCharter({ actor });
  if (!found) {
    return <EmptyState title="No charter yet">The chairs have not written the group&rsquo;s charter yet.</EmptyState>;
  }
  const { charter, areas, chairs, versionCount } = found;
  return (
    <div className="space-y-8">
      <PageHeader
        eyebrow="The working group"
        title="Charter"
        description={
          <>
            Version {charter.version}, saved {formatDateTimeUtc(charter.createdAt)}
            {charter.editorName ? (
              <>
                {" "}
                by <UserText>{charter.editorName}</UserText>
              </>
            ) : null}
            : <UserText>{charter.reason}</UserText>
          </>
        }
        actions={
          <>
            <Link href="/charter/history" className={buttonStyles({ variant: "secondary", size: "sm" })}>
              <History aria-hidden className="size-4" /> History ({versionCount} {versionCount === 1 ? "version" : "versions"})
            </Link>
            {can(actor, "charter.edit") ? (
              <Link href="/charter/edit" className={buttonStyles({ size: "sm" })}>
                <Pencil aria-hidden className="size-4" /> Edit charter
              </Link>
            ) : null}
          </>
        }
      />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-8">
          <CharterSection id="purpose" title="Purpose">
            <Markdown source={charter.purpose} />
          </CharterSection>
          <CharterSection id="scope" title="Scope">
            <p className="text-sm text-muted">The areas the group speaks on.</p>
            <ul className="grid gap-2 sm:grid-cols-2">
              {areas.map((area) => (
                <li key={area.slug}>
                  <Link href={`/areas/${area.slug}`} className="block rounded-lg border border-line bg-surface p-3 hover:border-primary/40">
                    <span className="block text-sm font-medium text-primary">{area.name}</span>
                    <span className="block text-xs text-muted">{area.summary}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </CharterSection>
          <CharterSection id="decisions" title="How we decide">
            <Markdown source={charter.decisionMaking} />
          </CharterSection>
          <CharterSection id="conduct" title="Code of conduct">
            <Markdown source={charter.codeOfConduct} />
          </CharterSection>
        </div>
        <aside className="space-y-6">
          <Card>
            <CardHeader>
              <CardTitle>Decision rules</CardTitle>
            </CardHeader>
            <CardBody className="py-0">
              <CharterSettingsList settings={charter.settings} className="[&>div]:sm:grid-cols-1 [&>div]:sm:gap-1" />
            </CardBody>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Chairs</CardTitle>
            </CardHeader>
            <CardBody>
              {chairs.length ? (
                <ul className="space-y-3" data-testid="charter-chairs">
                  {chairs.map((chair, index) => (
                    <li key={index} className="text-sm">
                      <span className="block font-medium">
                        <UserText>{chair.name}</UserText>
                      </span>
                      {chair.headline ? (
                        <span className="block text-xs text-muted">
                          <UserText>{chair.headline}</UserText>
                        </span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-muted">No chairs are appointed yet; the hub&rsquo;s admins appoint them.</p>
              )}
            </CardBody>
          </Card>
        </aside>
      </div>
    </div>
  );
}

function CharterSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
