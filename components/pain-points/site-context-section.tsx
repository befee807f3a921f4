"use client";

import { X } from "lucide-react";
import { startTransition, useRef, useState, useTransition } from "react";
import { ContextFields, type ContextValues } from "@/components/pain-points/context-fields";
import { Field, Input } from "@/components/ui/field";
import { UserText } from "@/components/ui/user-text";
import type { ActionResult } from "@/lib/action-result";
import type { SavedSiteView } from "@/lib/pain-points/records";
import { limits } from "@/lib/pain-points/schemas";
import { contextFieldOrder, contextLabels, describeContext, describeContextValue, type ContextField } from "@/lib/pain-points/vocabulary";
import { cn } from "@/lib/ui/cn";

/** What the form's context fields hold right now, as the report will state it. */
function readFields(container: HTMLElement | null): { label: string; value: string }[] {
  if (!container) return [];
  const value = (name: string) => container.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)?.value.trim() ?? "";
  return contextFieldOrder.flatMap((name) => {
    const raw = value(name);
    if (!raw) return [];
    if (name === "site" || name === "pythonVersion") return [{ label: contextLabels[name], value: raw }];
    const text = raw === "other" ? value(`${name}Other`) || "Other" : describeContextValue(name as ContextField, raw);
    return text ? [{ label: contextLabels[name], value: text }] : [];
  });
}

const isEmpty = (context: ContextValues) => contextFieldOrder.every((name) => !context[name]);

/**
 * "Where you meet it" on a new report. Nothing is filled in unless the
 * person chooses to: a site they keep, or the site of their last report.
 * Below the fields, what the report will say, as it will say it; and the
 * choice to keep these details under a name for next time.
 */
export function SiteContextSection({
  savedSites,
  lastContext,
  errors,
  forgetAction,
}: {
  savedSites: SavedSiteView[];
  lastContext: ContextValues;
  errors: Record<string, string[] | undefined>;
  forgetAction: (input: { savedSiteId: string }) => Promise<ActionResult<{ name: string }>>;
}) {
  const [sites, setSites] = useState(savedSites);
  const offersLast = !isEmpty(lastContext) && !sites.some((site) => describeContext(site.context) === describeContext(lastContext));
  const [choice, setChoice] = useState("empty");
  // Choosing again refills the fields, so each choice mounts them afresh.
  const [generation, setGeneration] = useState(0);
  const [isKeeping, setIsKeeping] = useState(Boolean(errors.keepSiteAs));
  const [forgetError, setForgetError] = useState<string | null>(null);
  const [isForgetting, startForgetting] = useTransition();
  const fieldsRef = useRef<HTMLDivElement>(null);
  const [stated, setStated] = useState<{ label: string; value: string }[]>([]);
  const chosen = choice === "last" ? lastContext : (sites.find((site) => site.id === choice)?.context ?? {});

  const choose = (next: string) => {
    setChoice(next);
    setGeneration((value) => value + 1);
    // After the fields have mounted with the chosen values.
    requestAnimationFrame(() => setStated(readFields(fieldsRef.current)));
  };
  const forget = (site: SavedSiteView) => {
    setForgetError(null);
    startForgetting(async () => {
      const result = await forgetAction({ savedSiteId: site.id });
      if (!result.ok) return setForgetError(result.error.message);
      startTransition(() => setSites((current) => current.filter((kept) => kept.id !== site.id)));
      if (choice === site.id) choose("empty");
    });
  };

  const options = [
    { value: "empty", label: "Start empty", detail: "Fill in only what applies to this report." },
    ...sites.map((site) => ({ value: site.id, label: site.name, detail: describeContext(site.context) || "No details", site })),
    ...(offersLast ? [{ value: "last", label: "My site from last time", detail: describeContext(lastContext) }] : []),
  ];

  return (
    <section className="space-y-4 rounded-xl border border-line bg-surface p-5" aria-labelledby="context-heading">
      <div>
        <h2 id="context-heading" className="font-semibold">
          Where you meet it
        </h2>
        <p className="text-sm text-muted">Every field is optional, but each one helps Python&rsquo;s developers reproduce the problem.</p>
      </div>

      {options.length > 1 ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Fill in from</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {options.map((option) => (
              <div key={option.value} className={cn("flex items-start gap-2 rounded-lg border border-line p-3 text-sm", choice === option.value ? "border-primary bg-primary-soft" : "hover:border-primary/40")}>
                <label className="flex min-w-0 flex-1 cursor-pointer gap-3">
                  <input type="radio" name="fillFrom" value={option.value} checked={choice === option.value} onChange={() => choose(option.value)} className="mt-0.5 accent-[var(--primary)]" />
                  <span className="min-w-0">
                    <span className="block font-medium">{"site" in option ? <UserText>{option.label}</UserText> : option.label}</span>
                    <span className="block text-xs text-muted">
                      <UserText>{option.detail}</UserText>
                    </span>
                  </span>
                </label>
                {"site" in option && option.site ? (
                  <button
                    type="button"
                    onClick={() => forget(option.site)}
                    disabled={isForgetting}
                    className="inline-flex shrink-0 items-center gap-1 rounded-md px-1.5 py-0.5 text-xs font-medium text-muted hover:bg-surface-muted hover:text-danger"
                    aria-label={`Forget ${option.label}`}
                  >
                    <X aria-hidden className="size-3.5" /> Forget
                  </button>
                ) : null}
              </div>
            ))}
          </div>
          {forgetError ? (
            <p role="alert" className="text-sm font-medium text-danger">
              {forgetError}
            </p>
          ) : null}
        </fieldset>
      ) : null}

      <div ref={fieldsRef} onInput={() => setStated(readFields(fieldsRef.current))} onChange={() => setStated(readFields(fieldsRef.current))}>
        <ContextFields key={generation} idPrefix="report" fields={[...contextFieldOrder]} values={chosen} errors={errors} />
      </div>

      <div className="rounded-lg border border-dashed border-line-strong bg-surface-muted/60 p-3 text-sm" data-testid="context-to-send" aria-live="polite">
        <p className="font-medium">The report will say</p>
        {stated.length ? (
          <dl className="mt-1 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-0.5">
            {stated.map(({ label, value }) => (
              <div key={label} className="contents">
                <dt className="text-muted">{label}</dt>
                <dd>
                  <UserText>{value}</UserText>
                </dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="text-muted">Nothing about where you meet it.</p>
        )}
      </div>

      <div className="space-y-3">
        <label className="flex items-start gap-3 text-sm">
          <input type="checkbox" name="keepSite" checked={isKeeping} onChange={(event) => setIsKeeping(event.target.checked)} className="mt-0.5 size-4 accent-[var(--primary)]" />
          <span>
            <span className="font-medium">Keep these details for my next reports</span>
            <span className="block text-muted">Under a name of your choice, such as “Laptop” or your cluster&rsquo;s name. Only you see it.</span>
          </span>
        </label>
        {isKeeping ? (
          <Field id="report-keep-site-as" label="Name for these details" errors={errors.keepSiteAs}>
            {(props) => <Input {...props} name="keepSiteAs" maxLength={limits.savedSiteName} defaultValue={choice !== "empty" && choice !== "last" ? sites.find((site) => site.id === choice)?.name : ""} />}
          </Field>
        ) : null}
      </div>
    </section>
  );
}
