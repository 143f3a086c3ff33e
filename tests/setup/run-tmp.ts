/** This test run's temp folder: .tmp/run-<pid> inside the checkout (the config and the global setup share one process). */
import { resolve } from 'node:path';

export const runTmpDir = (): string => resolve(import.meta.dirname, '../../.tmp', `run-${process.pid}`);
