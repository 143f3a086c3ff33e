/**
 * The build's two child processes, each with a heap limit of its own (DESIGN §12: the whole build under 2 GB):
 * steps 1–3 (src/publish/prepare-child.ts) and Astro's render (src/publish/astro-child.ts).
 */
import { fork, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { childDone, childFailed, tailOf, tsxLoader } from '../util/child';
import { isProgressMessage, type ProgressMessage } from '../util/progress';
import { addressEnv, type SiteAddress } from './address';
import { BuildError, type Phase } from './build-error';
import type { PrepareMessage, Prepared, PublishOptions } from './options';

/** Heap limit of the Astro process (MB): its live size at 30,000 groups is ~1.1 GB; see DESIGN §12. */
export const ASTRO_HEAP_MB = 1536;
/**
 * Node's flags for the Astro process. A page's render allocates many short-lived strings: a young generation of
 * 32 MB (Node's default is 16) halves how often it is collected, which measured −17 % CPU for the page phase at
 * 3,000 groups (−35 % with build.concurrency 4 in astro.config.mjs) for about 100 MB more at peak.
 */
export const ASTRO_NODE_FLAGS = [`--max-old-space-size=${ASTRO_HEAP_MB}`, '--max-semi-space-size=32', '--expose-gc'];
/** Heap limit of the ingest + dataset process (MB). */
export const PREPARE_HEAP_MB = 2048;

/**
 * Steps 1–3 in a child process: ingest's records, the dataset and their garbage go away with it, so the parent
 * stays small while Astro and Pagefind run (DESIGN §12: the whole build under 2 GB). Only counts, paths and the
 * private values (for the gate; over the IPC channel, never written to disk) come back.
 */
export function prepareInChild(opts: PublishOptions, log: (line: string) => void, at: (p: Phase) => void, onProgress: (m: ProgressMessage) => void): Promise<Prepared> {
  const { log: _log, progress: _progress, ...plain } = opts;
  return new Promise((done, fail) => {
    const child = fork(join(resolve(opts.root), 'src/publish/prepare-child.ts'), [], {
      execArgv: [`--max-old-space-size=${PREPARE_HEAP_MB}`, '--expose-gc', '--import', tsxLoader()], // --expose-gc: src/util/gc.ts
      env: process.env,
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    const err = tailOf(child.stderr);
    let result: Prepared | undefined;
    let failure: Error | undefined;
    child.on('message', (m: PrepareMessage) => {
      if (m.type === 'log') log(m.line);
      else if (m.type === 'progress') onProgress(m);
      else if (m.type === 'phase') {
        try {
          at(m.phase);
        } catch (e) {
          failure = e as Error;
        }
      } else if (m.type === 'done') result = m.prepared;
      else failure = new BuildError(m.phase, m.message);
    });
    child.on('error', fail);
    child.on('close', (code, signal) => {
      if (failure) fail(failure);
      else if (result && code === 0) done(result);
      else fail(childFailed('ingest', code, signal, err()));
    });
    child.send(plain);
  });
}

/** Runs Astro's build in a child process with its own heap limit; rejects with its stderr on failure. Its pages
 *  rendered n/N come over IPC to `onProgress`. */
export function astroInChild(root: string, outDir: string, address: SiteAddress, onProgress: (m: ProgressMessage) => void): Promise<void> {
  const child = spawn(process.execPath, [...ASTRO_NODE_FLAGS, '--import', 'tsx', join(root, 'src/publish/astro-child.ts'), root, outDir], {
    cwd: root,
    env: { ...process.env, ...addressEnv(address) },
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  child.on('message', (m: unknown) => {
    if (isProgressMessage(m)) onProgress(m);
  });
  return childDone(child, 'Astro');
}
