import type { Metadata } from "next";
import Link from "next/link";
import { IgnoredParamsNotice } from "@/components/filters/ignored-params-notice";
import { Badge } from "@/components/ui/badge";
import { Button, buttonStyles } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { RoleBadge } from "@/components/ui/role-badge";
import { UserText } from "@/components/ui/user-text";
import { getCurrentActor } from "@/lib/auth/current-user";
import { readQueryFields } from "@/lib/http/list-query";
import { formatDate, formatCount } from "@/lib/ui/format";
import { listPeople, peopleQuerySchema } from "@/lib/users/list-people";
import { RoleForm } from "./_components/role-form";

export const metadata: Metadata = { title: "People & roles" };

export default async function PeoplePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { query, problems } = readQueryFields(await searchParams, peopleQuerySchema);
  const actor = await getCurrentActor();
  const { people, total, page, pageCount } = await listPeople({ actor, query });
  const pageLink = (target: number) => `/admin/people?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...(query.role ? { role: query.role } : {}), page: String(target) })}`;

  return (
    <div className="space-y-6">
      <PageHeader title="People & roles" description="Everyone with an account. Role changes take effect at once and are written to the audit log." />
      <form className="flex flex-wrap items-end gap-3" role="search">
        <div className="w-full space-y-1 sm:w-64">
          <label htmlFor="people-q" className="block text-xs font-medium text-muted">
            Name or email
          </label>
          <Input id="people-q" name="q" defaultValue={query.q} placeholder="Search people" />
        </div>
        <div className="space-y-1">
          <label htmlFor="people-role" className="block text-xs font-medium text-muted">
            Role
          </label>
          <Select id="people-role" name="role" defaultValue={query.role ?? ""} className="w-36">
            <option value="">All roles</option>
            <option value="user">Users</option>
            <option value="member">Members</option>
            <option value="chair">Chairs</option>
            <option value="admin">Admins</option>
          </Select>
        </div>
        <Button type="submit" variant="secondary">
          Filter
        </Button>
        <p className="ml-auto text-sm text-muted" aria-live="polite">
          {formatCount(total, "person", "people")}
        </p>
      </form>
      <IgnoredParamsNotice problems={problems} />

      {/* A table on wide screens; on phones each row stacks into a card. */}
      <div className="rounded-xl border border-line bg-surface">
        <table className="block w-full text-sm md:table">
          <thead className="sr-only border-b border-line bg-surface-muted text-left text-xs font-semibold tracking-wide text-muted uppercase md:not-sr-only md:table-header-group">
            <tr>
              <th scope="col" className="px-4 py-3">
                Person
              </th>
              <th scope="col" className="px-4 py-3">
                Role
              </th>
              <th scope="col" className="px-4 py-3">
                Joined
              </th>
              <th scope="col" className="px-4 py-3">
                Change role
              </th>
            </tr>
          </thead>
          <tbody className="block divide-y divide-line md:table-row-group">
            {people.map((person) => (
              <tr key={person.id} data-testid={`person-${person.email}`} className="grid grid-cols-[1fr_auto] gap-x-3 gap-y-2 px-4 py-3 md:table-row md:p-0">
                <td className="align-top md:px-4 md:py-3">
                  <p className="font-medium">
                    <UserText>{person.name ?? "—"}</UserText> {person.isDemo ? <Badge className="ml-1">demo</Badge> : null}
                  </p>
                  <p className="text-xs text-subtle">{person.email}</p>
                </td>
                <td className="align-top md:px-4 md:py-3">
                  <RoleBadge role={person.role} />
                </td>
                <td className="hidden align-top text-muted md:table-cell md:px-4 md:py-3">{formatDate(person.createdAt)}</td>
                <td className="col-span-2 align-top md:px-4 md:py-3">
                  <RoleForm userId={person.id} personName={person.name ?? person.email ?? "this person"} role={person.role} choices={person.assignableRoles} isSelf={person.id === actor.userId} />
                </td>
              </tr>
            ))}
            {people.length === 0 ? (
              <tr className="block md:table-row">
                <td colSpan={4} className="block px-4 py-10 text-center text-muted md:table-cell">
                  Nobody matches these filters.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      {pageCount > 1 ? (
        <nav aria-label="Pages" className="flex items-center justify-between text-sm">
          {page > 1 ? (
            <Link className={buttonStyles({ variant: "secondary", size: "sm" })} href={pageLink(page - 1)}>
              Previous
            </Link>
          ) : (
            <span />
          )}
          <span className="text-muted">
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? (
            <Link className={buttonStyles({ variant: "secondary", size: "sm" })} href={pageLink(page + 1)}>
              Next
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}
