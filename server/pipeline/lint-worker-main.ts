import { parentPort, workerData } from 'node:worker_threads';
import { signature } from '../checks/signature.ts';
import { VERSION } from '../version.ts';
import { resolveRecipe } from './config-recipe.ts';
import { runJob } from './lint-job.ts';
import type { BatchMessage, BatchReply, PoolSetup } from './lint-pool.ts';

// A lint worker: resolves the configuration from its recipe once, then checks batches of
// documents as they arrive and posts each batch's results back.

const setup = workerData as PoolSetup;
const config = resolveRecipe(setup.recipe);
const mine = signature(VERSION, config);
if (mine !== setup.signature) throw new Error(`lint worker resolved another configuration (${mine}, expected ${setup.signature})`);
const input = { config, reference: setup.reference, dismissed: new Set(setup.dismissed) };
const port = parentPort;
if (!port) throw new Error('lint-worker-main.ts runs only as a worker thread');

port.on('message', (msg: BatchMessage) => {
  const reply: BatchReply = { id: msg.id, results: msg.jobs.map((j) => runJob(j, input)) };
  port.postMessage(reply);
});
