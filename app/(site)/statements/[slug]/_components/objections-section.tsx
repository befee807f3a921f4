import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, CardBody } from "@/components/ui/card";
import { UserText } from "@/components/ui/user-text";
import type { Actor } from "@/lib/permissions";
import { listObjections } from "@/lib/statements/objections";
import { formatDateTimeUtc } from "@/lib/ui/format";
import { answerObjectionAction, disputeObjectionAction, overruleObjectionAction, withdrawObjectionAction } from "../../actions";
import { ButtonForm, ReasonForm } from "./statement-forms";

const outcomeWords = { OPEN: "Open", WITHDRAWN: "Withdrawn by its author", ADDRESSED: "Addressed by a chair", OVERRULED: "Overruled by the group" } as const;
const outcomeTones: Record<keyof typeof outcomeWords, BadgeTone> = { OPEN: "danger", WITHDRAWN: "neutral", ADDRESSED: "success", OVERRULED: "warning" };

/**
 * Every block raised on the statement, and what became of it: the author
 * withdraws or disputes; chairs answer or overrule, each in writing. Once
 * published or withdrawn the list is the record and no longer changes.
 */
export async function ObjectionsSection({ actor, slug, isChair, isFinal }: { actor: Actor; slug: string; isChair: boolean; isFinal: boolean }) {
  const objections = await listObjections({ actor, input: { slug } });
  if (objections.length === 0) return null;
  return (
    <section aria-labelledby="objections-heading" className="space-y-3">
      <h2 id="objections-heading" className="text-lg font-semibold tracking-tight">
        Objections and what became of them
      </h2>
      <ul className="space-y-3">
        {objections.map((objection) => (
          <li key={objection.id}>
            <Card data-testid={`objection-${objection.id}`}>
              <CardBody className="space-y-3 text-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone={outcomeTones[objection.state]}>{outcomeWords[objection.state]}</Badge>
                  <span className="text-muted">
                    Block by <UserText>{objection.authorName}</UserText>, {formatDateTimeUtc(objection.createdAt)}
                  </span>
                </div>
                <blockquote className="border-l-4 border-line-strong pl-3 whitespace-pre-line">
                  <UserText>{objection.reason}</UserText>
                </blockquote>
                {objection.response ? (
                  <div>
                    <p className="font-medium">
                      {objection.state === "OVERRULED" ? "The group's decision" : "Answer"}
                      {objection.respondedByName ? (
                        <span className="font-normal text-muted">
                          {" "}
                          — <UserText>{objection.respondedByName}</UserText>
                        </span>
                      ) : null}
                    </p>
                    <p className="whitespace-pre-line text-muted">
                      <UserText>{objection.response}</UserText>
                    </p>
                  </div>
                ) : null}
                {objection.dispute ? (
                  <div>
                    <p className="font-medium">The author&rsquo;s reply</p>
                    <p className="whitespace-pre-line text-muted">
                      <UserText>{objection.dispute}</UserText>
                    </p>
                  </div>
                ) : null}
                {!isFinal ? (
                  <div className="space-y-3">
                    {objection.isOwn && (objection.state === "OPEN" || objection.state === "ADDRESSED") ? <ButtonForm action={withdrawObjectionAction} hidden={{ slug, objectionId: objection.id }} label="Withdraw my block" /> : null}
                    {objection.isOwn && objection.state === "ADDRESSED" ? (
                      <ReasonForm action={disputeObjectionAction} id={`dispute-${objection.id}`} hidden={{ slug, objectionId: objection.id }} name="dispute" label="The answer does not settle it, because…" submitLabel="Dispute the answer" />
                    ) : null}
                    {isChair && objection.state === "OPEN" ? (
                      <ReasonForm action={answerObjectionAction} id={`answer-${objection.id}`} hidden={{ slug, objectionId: objection.id }} name="response" label="Answer in writing" submitLabel="Answer and mark addressed" variant="primary" />
                    ) : null}
                    {isChair && (objection.state === "OPEN" || objection.state === "ADDRESSED") ? (
                      <details>
                        <summary className="cursor-pointer font-medium text-primary">Overrule by the charter&rsquo;s rule</summary>
                        <div className="mt-3">
                          <ReasonForm action={overruleObjectionAction} id={`overrule-${objection.id}`} hidden={{ slug, objectionId: objection.id }} label="The group's decision and its reason" submitLabel="Overrule" variant="danger" />
                        </div>
                      </details>
                    ) : null}
                  </div>
                ) : null}
              </CardBody>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
