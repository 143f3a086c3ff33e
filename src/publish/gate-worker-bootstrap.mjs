// Worker entry: registers tsx in this thread (as src/ingest/workers/bootstrap.mjs does), then loads the gate worker.
import { register } from 'tsx/esm/api';

register();
await import('./gate-worker.ts');
