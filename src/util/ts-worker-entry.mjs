// Entry of every worker thread that runs TypeScript: registers tsx in the thread (workers do not inherit the
// parent's loader hooks reliably, and under vitest the parent has none), then loads the module whose file URL is
// the worker's last argument. Start one with tsWorker() (src/util/ts-worker.ts).
import { register } from 'tsx/esm/api';

register();
await import(process.argv.at(-1));
