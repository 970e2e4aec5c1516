// The newsroom's reference data (corpus/*.tsv), as the rules see it. Loading it is the
// faces' job (reference-load.ts); rules only read these arrays.

export interface NameEntry {
  english: string;
  chinese: string;
  kind: string;
  note: string;
  /** For people: "f" or "m" when the newsroom knows it (pronouns in Chinese differ: 她/他). */
  gender?: 'f' | 'm';
}

export interface OutletEntry {
  outlet: string;
  chinese: string;
  aliases: string[];
  kind: string;
}

export interface TermEntry {
  english: string;
  chinese: string;
  variants: string[];
  note: string;
}

/** A demonym or country adjective and the country it points to (ISO 3166 code). */
export interface DemonymEntry {
  english: string;
  region: string;
  chinese: string[];
}

export interface Reference {
  names: NameEntry[];
  outlets: OutletEntry[];
  terms: TermEntry[];
  demonyms: DemonymEntry[];
  /** Latin-script terms house style keeps untranslated (corpus/latin-allowlist.txt). */
  allowLatin: string[];
}

export const EMPTY_REFERENCE: Reference = { names: [], outlets: [], terms: [], demonyms: [], allowLatin: [] };
