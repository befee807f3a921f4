import "server-only";
import { db } from "@/lib/db";
import { communityLabel, hasDifferingSenses } from "@/lib/glossary/glossary-content";
import type { GlossaryIndex } from "@/lib/glossary/glossary-index";
import { currentGlossaryVersion, termContentOf, termRecordSelect } from "@/lib/glossary/records";

/**
 * The index the Markdown renderer marks terms from, kept on the process:
 * every page that renders Markdown needs it, and it changes only when a
 * chair publishes a change. A change made in this process is seen at once
 * (the glossary version moves); one made by another instance within
 * `maxAgeMs`.
 */
const maxAgeMs = 30_000;
const key = Symbol.for("pyhpc-hub.glossary-index");
type Cached = { index: GlossaryIndex; localVersion: number; loadedAt: number };
type Holder = { [key]?: { cached?: Cached; loading?: Promise<GlossaryIndex> } };
const holder = () => ((globalThis as Holder)[key] ??= {});

export async function getGlossaryIndex(): Promise<GlossaryIndex> {
  const state = holder();
  const { cached } = state;
  if (cached && cached.localVersion === currentGlossaryVersion() && Date.now() - cached.loadedAt < maxAgeMs) return cached.index;
  state.loading ??= loadIndex().finally(() => {
    state.loading = undefined;
  });
  return state.loading;
}

async function loadIndex(): Promise<GlossaryIndex> {
  const localVersion = currentGlossaryVersion();
  const records = await db.glossaryTerm.findMany({ select: termRecordSelect, orderBy: { slug: "asc" } });
  const newest = records.reduce((latest, record) => Math.max(latest, record.updatedAt.getTime()), 0);
  const previous = holder().cached;
  const version = `${records.length}-${newest}`;
  const index: GlossaryIndex =
    previous && previous.index.version === version
      ? previous.index // the same object, so the renderer's compiled matcher and cached pages stay valid
      : {
          version,
          terms: records.flatMap((record) => {
            const content = termContentOf(record);
            if (!hasDifferingSenses(content.senses)) return [];
            return [{ slug: record.slug, term: content.term, forms: [content.term, ...content.aliases], senses: content.senses.map((sense) => ({ community: communityLabel(sense), note: sense.note })) }];
          }),
        };
  holder().cached = { index, localVersion, loadedAt: Date.now() };
  return index;
}
