import type { Severity } from '../model.ts';
import type { Reference } from './reference.ts';

// The rule contract (DESIGN §4). A rule is a plain object that describes itself and has a
// pure check(): everything it may look at arrives in the context, so the same rule runs in
// the CLI, the server, worker threads and tests.

export type FindingSeverity = Exclude<Severity, 'neutral'>;
export type Scope = 'segment' | 'document' | 'corpus';

/** A paragraph of one side: its index in the document and its text. */
export interface Para {
  index: number;
  text: string;
}

/** One alignment link: the source paragraphs and the target paragraphs that render them. */
export interface Pair {
  source: Para[];
  target: Para[];
}

export interface CheckDocument {
  /** The document's key, for messages and dismissals. */
  key: string;
  source: string[];
  target: string[];
  /** Paragraph links covering every paragraph of both sides, in order. */
  links: { src: number[]; tgt: number[] }[];
  /** The MT system that made the translation, when known: corpus rules compare a system's documents with each other. */
  system?: string;
}

/** What house style decides (xinda.config.json "style"). */
export interface HouseStyle {
  /** GB/T 15834: full-width punctuation between Chinese characters. */
  fullWidthPunctuation: boolean;
  /** Latin-script terms house style keeps as they are (YouTube, Telegram, GDP). */
  allowLatin: readonly string[];
  /** Whether a bare proper name left in Latin script is acceptable. */
  latinNamesAllowed: boolean;
}

export interface BaseContext<O> {
  options: O;
  style: HouseStyle;
  reference: Reference;
}

export interface SegmentContext<O> extends BaseContext<O> {
  doc: CheckDocument;
  pair: Pair;
}

export interface DocumentContext<O> extends BaseContext<O> {
  doc: CheckDocument;
  pairs: Pair[];
}

export interface CorpusContext<O, S> extends BaseContext<O> {
  /** Every document's summary (see CorpusRule.summarize), in input order. */
  docs: { key: string; summary: S; system?: string }[];
}

/** A span in code points, end exclusive. */
export interface Span {
  para: number;
  start: number;
  end: number;
}

/** What a rule reports; the engine adds the rule's identity and the configured severity. */
export interface Draft {
  /** Target span; for omissions, where the missing text would go (may be empty). */
  target: Span;
  source?: Span;
  message: string;
  confidence: number;
  /** Overrides the rule's severity for this finding (e.g. a proper name vs a common word). */
  severity?: FindingSeverity;
  /** Replacement for the target span, only when the fix is certain. */
  suggestion?: string;
  /** For corpus rules: which document the target span is in. */
  docKey?: string;
}

export interface Finding {
  ruleId: string;
  category: string;
  severity: FindingSeverity;
  confidence: number;
  message: string;
  docKey: string;
  target: Span;
  /** The flagged target text (what a dismissal remembers). */
  text: string;
  source?: Span & { text: string };
  suggestion?: string;
  /** Identical findings in one paragraph are reported once with their number. */
  count: number;
}

export interface RuleDocs {
  /** A pair the rule flags, and one it leaves alone. */
  bad: {
    source: string;
    target: string;
    /** Corpus rules: the other documents of the corpus in which the pair is flagged. */
    more?: { source: string; target: string }[];
  };
  good: { source: string; target: string };
}

interface RuleBase<O> {
  id: string;
  /** MQM category path, e.g. "Accuracy/Untranslated". */
  category: string;
  severity: FindingSeverity;
  description: string;
  docs: RuleDocs;
  defaultOptions: O;
  /** True when the rule's suggestions can be applied as they are. */
  fixable: boolean;
}

export interface SegmentRule<O = Record<string, never>> extends RuleBase<O> {
  scope: 'segment';
  check(ctx: SegmentContext<O>): Draft[];
}

export interface DocumentRule<O = Record<string, never>> extends RuleBase<O> {
  scope: 'document';
  check(ctx: DocumentContext<O>): Draft[];
}

/**
 * A rule that compares documents, in two halves: summarize() reads one document where it is
 * checked (a worker thread; its result is cached with the document's findings), check() reads
 * every summary once. So the expensive reading is spread over the workers and never repeated
 * for an unchanged document; only the comparing is done in one place. A summary is plain data:
 * it crosses threads by structured clone and is stored as JSON.
 */
export interface CorpusRule<O = Record<string, never>, S = unknown> extends RuleBase<O> {
  scope: 'corpus';
  summarize(ctx: DocumentContext<O>): S;
  check(ctx: CorpusContext<O, S>): Draft[];
}

/** Any rule, whatever its options (check is a method, so its parameter is compared bivariantly). */
export type AnyRule = SegmentRule<unknown> | DocumentRule<unknown> | CorpusRule<unknown, unknown>;
