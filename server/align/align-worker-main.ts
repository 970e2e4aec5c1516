import { parentPort } from 'node:worker_threads';
import { alignLines, type ChineseSide } from './align-lines.ts';
import type { Link } from './link-format.ts';

// One alignment worker: receives pairs of sentence lists, answers with their links. Each
// worker loads the dictionary once, on its first pair.

export interface AlignJob {
  src: string[];
  tgt: string[];
  side: ChineseSide;
}

export interface AlignReply {
  index: number;
  links: Link[];
}

parentPort?.on('message', (msg: { index: number; job: AlignJob } | null) => {
  if (msg === null) {
    parentPort?.close();
    return;
  }
  const reply: AlignReply = { index: msg.index, links: alignLines(msg.job.src, msg.job.tgt, msg.job.side) };
  parentPort?.postMessage(reply);
});
