/**
 * Steps 1–3 of the build (ingest, dataset, quality report) in a process of their own, started by
 * src/publish/children.ts: it receives the build's options over IPC and answers with log lines, phase changes and
 * the result (see PrepareMessage). Its memory (every record, the dataset) goes away when it exits.
 */
import { exitWithParent } from './parent-watch';
import type { Phase } from './build-error';
import type { PrepareMessage, PublishOptions } from './options';
import { prepareData } from './prepare';

exitWithParent();

const send = (m: PrepareMessage) => new Promise<void>((r) => process.send!(m, () => r()));

process.once('message', async (opts: Omit<PublishOptions, 'log'>) => {
  let phase: Phase = 'ingest';
  try {
    const prepared = await prepareData(
      opts,
      (line) => void send({ type: 'log', line }),
      (p) => {
        phase = p;
        if (process.env.OMSAP_FAIL_AT === p) throw new Error(`forced failure at ${p} (OMSAP_FAIL_AT)`);
        void send({ type: 'phase', phase: p });
      },
    );
    await send({ type: 'done', prepared });
    process.exit(0);
  } catch (e) {
    await send({ type: 'error', phase, message: (e as Error)?.message ?? String(e) });
    process.exit(1);
  }
});
