import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";

/**
 * The two versions a history compares, from its URL: `to` defaults to the
 * newest, `from` to the one before it; anything that is not one of the
 * versions (newest first) falls back to those.
 */
export function comparedVersions(versions: number[], query: { from?: unknown; to?: unknown }): { from: number; to: number } {
  const pick = (raw: unknown, fallback: number) => {
    const version = typeof raw === "string" ? Number(raw) : NaN;
    return versions.includes(version) ? version : fallback;
  };
  const to = pick(query.to, versions[0]!);
  return { to, from: pick(query.from, versions.find((version) => version < to) ?? to) };
}

/** Two versions to compare, chosen by a GET form (`?from=&to=`), so a comparison has a link of its own and works without JavaScript. */
export function VersionCompareForm({ versions, from, to }: { versions: number[]; from: number; to: number }) {
  return (
    <form className="flex flex-wrap items-end gap-3" method="get">
      {(["from", "to"] as const).map((name) => (
        <label key={name} className="space-y-1 text-sm">
          <span className="block text-xs font-semibold text-subtle uppercase">{name === "from" ? "From" : "To"}</span>
          <Select name={name} defaultValue={String(name === "from" ? from : to)} className="w-36">
            {versions.map((version) => (
              <option key={version} value={version}>
                Version {version}
              </option>
            ))}
          </Select>
        </label>
      ))}
      <Button type="submit" variant="secondary">
        Compare
      </Button>
    </form>
  );
}
