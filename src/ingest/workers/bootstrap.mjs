// Worker entry: registers tsx in this thread (workers do not inherit the parent's loader hooks reliably, and
// under vitest the parent has none), then loads the TypeScript worker. Used by src/ingest/workers/pool.ts.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
