/**
 * What the Markdown renderer needs to mark glossary terms in text, and what a
 * marked term's popover shows: the headword, the forms that count as the
 * word, and each sense's community and one-line note. Client-safe, and small
 * enough to send to a live page (the notes' preview marks as people type).
 */
export interface GlossaryIndexSense {
  /** As shown: "HPC", "Python · packaging". */
  community: string;
  note: string;
}

export interface GlossaryIndexTerm {
  slug: string;
  term: string;
  /** The headword and its aliases, as written (matching is case-insensitive except for all-capital forms such as "GIL"). */
  forms: string[];
  senses: GlossaryIndexSense[];
}

export interface GlossaryIndex {
  /** Changes whenever any term changes: part of the renderer's cache key. */
  version: string;
  /** Only terms whose senses differ between communities: the ones worth marking. */
  terms: GlossaryIndexTerm[];
}
