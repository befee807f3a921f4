import { listAreas } from "@/lib/areas/get-area";
import { exportGlossary } from "@/lib/glossary/export-glossary";
import { anonymousActor } from "@/lib/permissions";

/** What the term form offers to choose from: the areas, and the terms a term may be related to. */
export async function termFormChoices() {
  const [areas, terms] = await Promise.all([listAreas(), exportGlossary({ actor: anonymousActor })]);
  return { areas: areas.map(({ slug, name }) => ({ slug, name })), terms: terms.map(({ slug, term }) => ({ slug, term })) };
}
