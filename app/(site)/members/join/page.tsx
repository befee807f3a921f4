import type { Metadata } from "next";
import Link from "next/link";
import { MembershipRequestSummary, MembershipStatusBadge, countryName } from "@/components/membership/membership-request-summary";
import { RequestButtonForm, RequestTextForm } from "@/components/membership/request-action-forms";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { listAreas } from "@/lib/areas/get-area";
import { requireUser } from "@/lib/auth/current-user";
import { actorFor } from "@/lib/auth/session";
import { getOwnMembership } from "@/lib/membership/get-own-membership";
import { formatDay } from "@/lib/membership/records";
import { countryCodes } from "@/lib/membership/schemas";
import { can } from "@/lib/permissions";
import { answerMembershipQuestionAction, requestMembershipAction, withdrawMembershipRequestAction } from "./actions";
import { MembershipRequestForm } from "./_components/membership-request-form";

export const metadata: Metadata = { title: "Join the working group" };

export default async function JoinPage() {
  const actor = actorFor(await requireUser());
  const [{ requests, openRequest, mayRequestAgainFrom }, areas] = await Promise.all([getOwnMembership({ actor }), listAreas()]);
  const areaNames = new Map(areas.map((area) => [area.slug, area.name]));
  const isMemberAlready = !can(actor, "membership.request");
  const mayRequest = !isMemberAlready && !openRequest && !mayRequestAgainFrom;
  const countries = [...countryCodes].map((code) => ({ code, name: countryName(code) })).sort((a, b) => a.name.localeCompare(b.name, "en"));
  const earlier = requests.filter((request) => request !== openRequest);

  return (
    <div className="space-y-8">
      <Breadcrumb trail={[{ href: "/members", label: "Members" }]} current="Join" />
      <PageHeader
        eyebrow="The working group"
        title="Join the working group"
        description={
          <>
            Members draft and vote on the group&rsquo;s statements. The chairs answer every request; how the group works is in its{" "}
            <Link href="/charter" className="font-medium text-primary hover:underline">
              charter
            </Link>
            .
          </>
        }
      />

      {isMemberAlready ? (
        <Notice tone="success" title="You are a member">
          You belong to the working group already.{" "}
          <Link href="/members/me" className="font-medium text-primary hover:underline">
            Your membership
          </Link>{" "}
          shows your directory entry and what you can do as a member.
        </Notice>
      ) : null}
      {mayRequestAgainFrom && !openRequest ? (
        <Notice tone="info" title="Your last request was declined">
          You may ask again from {formatDay(mayRequestAgainFrom)}. The reason the chairs gave is below.
        </Notice>
      ) : null}

      {openRequest ? (
        <Card>
          <CardHeader className="flex flex-wrap items-center justify-between gap-2">
            <CardTitle>Your request</CardTitle>
            <MembershipStatusBadge status={openRequest.status} />
          </CardHeader>
          <CardBody className="space-y-6">
            <MembershipRequestSummary request={openRequest} areaNames={areaNames} />
            {openRequest.messages.some((message) => !message.isFromRequester) ? (
              <RequestTextForm action={answerMembershipQuestionAction} requestId={openRequest.id} name="body" label="Answer the chairs" submitLabel="Send my answer" />
            ) : null}
            <RequestButtonForm action={withdrawMembershipRequestAction} requestId={openRequest.id} label="Withdraw my request" variant="secondary" />
          </CardBody>
        </Card>
      ) : null}

      {mayRequest ? (
        <Card>
          <CardHeader>
            <CardTitle>Your request</CardTitle>
          </CardHeader>
          <CardBody>
            <MembershipRequestForm action={requestMembershipAction} areas={areas.map(({ slug, name }) => ({ slug, name }))} countries={countries} />
          </CardBody>
        </Card>
      ) : null}

      {earlier.length ? (
        <section className="space-y-4" aria-labelledby="earlier-requests">
          <h2 id="earlier-requests" className="text-lg font-semibold">
            Earlier requests
          </h2>
          {earlier.map((request) => (
            <Card key={request.id}>
              <CardHeader className="flex flex-wrap items-center justify-between gap-2">
                <CardTitle>Request of {formatDay(request.createdAt)}</CardTitle>
                <MembershipStatusBadge status={request.status} />
              </CardHeader>
              <CardBody>
                <MembershipRequestSummary request={request} areaNames={areaNames} />
              </CardBody>
            </Card>
          ))}
        </section>
      ) : null}
    </div>
  );
}
