import { charterSettingNames, charterSettings, type CharterSettings } from "@/lib/charter/schemas";
import { cn } from "@/lib/ui/cn";

/** The charter's settings as the rules apply them, each with what it means; `before` marks what a version changed. */
export function CharterSettingsList({ settings, before, className }: { settings: CharterSettings; before?: CharterSettings; className?: string }) {
  return (
    <dl className={cn("divide-y divide-line", className)} data-testid="charter-settings">
      {charterSettingNames.map((name) => {
        const { label, unit, hint } = charterSettings[name];
        const isChanged = before !== undefined && before[name] !== settings[name];
        return (
          <div key={name} className={cn("grid gap-1 py-3 sm:grid-cols-[14rem_minmax(0,1fr)] sm:gap-4", isChanged && "bg-warning-soft/40")}>
            <dt className="text-sm font-medium text-ink">{label}</dt>
            <dd className="space-y-0.5">
              <p className="text-sm">
                {isChanged ? (
                  <>
                    <del className="text-danger">{before[name]}</del> →{" "}
                  </>
                ) : null}
                <span className="font-semibold tabular-nums">{settings[name]}</span> {unit}
              </p>
              <p className="text-xs text-subtle">{hint}</p>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
