// Entry of a lint worker thread. A worker does not inherit the main thread's module hooks,
// so it registers tsx itself (the same API bin/xinda.js uses) before loading the TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./lint-worker-main.ts');
