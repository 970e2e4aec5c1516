// Core types shared by ingest, store and the faces. Offsets are Unicode code points,
// end exclusive (DESIGN §3); conversion to UTF-16 happens only at the UI boundary.

export type Severity = 'neutral' | 'minor' | 'major' | 'critical';
export const SEVERITIES: readonly Severity[] = ['neutral', 'minor', 'major', 'critical'];

export type Side = 'source' | 'target';

/** Where a document came from, for messages and provenance. */
export interface Origin {
  file: string;
  /** 1-based line, when the document comes from one line of a line-based file. */
  line?: number;
}

export interface SourceDoc {
  /** Stable external key: a JSONL id, a paired-text NAME, an XLIFF file id. */
  key?: string;
  title?: string;
  outlet?: string;
  url?: string;
  published?: string;
  lang: string;
  paragraphs: string[];
}

/** A span annotation as it arrives from a file (e.g. a human MQM error). */
export interface ImportAnnotation {
  side: Side;
  /** Paragraph index in the side's paragraphs. */
  para: number;
  /** Code-point offsets; null when the file gives none (the whole paragraph is meant). */
  start: number | null;
  end: number | null;
  text: string;
  category: string;
  severity: Severity;
  author: string;
  comment?: string;
}

export interface TranslationDoc {
  system: string;
  lang: string;
  paragraphs: string[];
  annotations: ImportAnnotation[];
  /**
   * True when the file itself pairs paragraph i with source paragraph i (XLIFF units,
   * TMX units, MT-evaluation segment rows): that pairing is stored instead of guessed.
   */
  pairedWithSource?: boolean;
}

/**
 * One unit of import: a source with zero or more translations, or translations whose
 * source must be found in the store (source undefined, sourceKey optional).
 */
export interface ImportDoc {
  origin: Origin;
  source?: SourceDoc;
  /** Key of a stored source, when the file names its source without carrying it. */
  sourceKey?: string;
  translations: TranslationDoc[];
  /** Non-fatal remarks for the user (e.g. paragraph counts far apart). */
  warnings: string[];
}
