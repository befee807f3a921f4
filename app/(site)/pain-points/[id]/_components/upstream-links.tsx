"use client";

import { ExternalLink } from "lucide-react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import type { PainPointDetails } from "@/lib/pain-points/get-pain-point";
import { describeUpstreamLink } from "@/lib/pain-points/upstream-links-format";
import { addLinkAction, removeLinkAction } from "../actions";

/** Where the same problem is discussed elsewhere, so scattered threads gather here. */
export function UpstreamLinks({ painPointId, links, canAdd }: { painPointId: number; links: PainPointDetails["links"]; canAdd: boolean }) {
  return (
    <div className="space-y-3">
      {links.length === 0 ? <p className="text-sm text-subtle">No upstream discussion linked yet.</p> : null}
      <ul className="space-y-2">
        {links.map((link) => {
          const { label, host } = describeUpstreamLink(link.url);
          return (
            <li key={link.id} className="flex items-start justify-between gap-3 text-sm">
              <a href={link.url} rel="nofollow noopener noreferrer ugc" className="inline-flex min-w-0 items-start gap-1.5 break-all text-primary hover:underline">
                <ExternalLink aria-hidden className="mt-0.5 size-3.5 shrink-0" />
                <span>
                  {label} <span className="text-xs text-subtle">{host}</span>
                </span>
              </a>
              {link.canRemove ? (
                <ActionForm action={removeLinkAction} aria-label={`Remove link ${label}`}>
                  {({ pending }) => (
                    <>
                      <input type="hidden" name="painPointId" value={painPointId} />
                      <input type="hidden" name="linkId" value={link.id} />
                      <button type="submit" disabled={pending} className="text-xs font-medium text-subtle hover:text-danger">
                        Remove
                      </button>
                    </>
                  )}
                </ActionForm>
              ) : null}
            </li>
          );
        })}
      </ul>
      {canAdd ? (
        <ActionForm action={addLinkAction} resetOnSuccess className="space-y-1" aria-label="Add an upstream link">
          {({ pending, fieldErrors, message }) => (
            <>
              <input type="hidden" name="painPointId" value={painPointId} />
              <div className="flex gap-2">
                <Input name="url" type="url" aria-label="Link to an upstream issue or discussion" placeholder="https://github.com/python/cpython/issues/…" aria-invalid={fieldErrors.url ? true : undefined} />
                <Button type="submit" variant="secondary" disabled={pending} className="shrink-0">
                  Add link
                </Button>
              </div>
              {fieldErrors.url ? <p className="text-sm font-medium text-danger">{fieldErrors.url.join(" ")}</p> : null}
              {message}
            </>
          )}
        </ActionForm>
      ) : null}
    </div>
  );
}
