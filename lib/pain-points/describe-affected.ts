/** "Affects 14 people at 9 sites on Lustre and GPFS / Spectrum Scale". */
export function describeAffected({ people, sites, filesystems = [] }: { people: number; sites: number; filesystems?: string[] }) {
  const who = `${people.toLocaleString("en")} ${people === 1 ? "person" : "people"}`;
  const where = sites > 0 ? ` at ${sites.toLocaleString("en")} ${sites === 1 ? "site" : "sites"}` : "";
  const on = filesystems.length ? ` on ${joinWords(filesystems)}` : "";
  return `Affects ${who}${where}${on}`;
}

function joinWords(words: string[]) {
  if (words.length <= 1) return words.join("");
  if (words.length > 4) return `${words.slice(0, 3).join(", ")} and ${words.length - 3} more`;
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}
