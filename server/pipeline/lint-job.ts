import { alignParagraphs } from '../align/paragraphs.ts';
import { checkAndSummarize, type EngineInput, type Summaries } from '../checks/engine.ts';
import type { CheckDocument, Finding } from '../checks/types.ts';

// One document's share of a lint run: align it when the input did not pair its paragraphs,
// then run the segment and document rules and the corpus rules' summaries. Plain data in
// and out, so it crosses a worker boundary by structured clone and its result can be cached.

export interface ParagraphLink {
  src: number[];
  tgt: number[];
}

export interface LintJob {
  key: string;
  source: string[];
  target: string[];
  /** The pairing the input states, or null to align here. */
  links: ParagraphLink[] | null;
}

export interface JobResult {
  links: ParagraphLink[];
  findings: Finding[];
  /** The corpus rules' summaries of the document (see CorpusRule). */
  summaries: Summaries;
}

export function runJob(job: LintJob, input: EngineInput): JobResult {
  const links = job.links ?? alignParagraphs(job.source, job.target);
  const doc: CheckDocument = { key: job.key, source: job.source, target: job.target, links };
  const { findings, summaries } = checkAndSummarize(doc, input);
  return { links, findings, summaries };
}

/** Size of a job in segment pairs (the larger side), for batching and throughput figures. */
export function jobSize(job: LintJob): number {
  return job.links?.length ?? Math.max(job.source.length, job.target.length);
}
