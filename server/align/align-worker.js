// Entry of an alignment worker thread. A worker does not inherit the main thread's module
// hooks, so it registers tsx itself (as bin/xinda.js does) before loading the TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./align-worker-main.ts');
