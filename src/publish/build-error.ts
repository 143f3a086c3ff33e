/** How the build fails (DESIGN §2): the phase it was in, and the shrink that stops it before anything is published. */
import { consoleText } from '../lib/i18n/words';

export type Phase = 'ingest' | 'dataset' | 'report' | 'km' | 'astro' | 'pagefind' | 'gate' | 'swap';

export class BuildError extends Error {
  constructor(
    readonly phase: Phase,
    message: string,
  ) {
    super(message);
  }
}

/** The data would shrink the site (DESIGN §9): nothing was published; the message is the console's account. */
export class ShrinkError extends BuildError {
  constructor(
    readonly lines: string[],
    readonly reportPath: string | null,
  ) {
    super('dataset', lines.join('\n'));
  }
}

/** Test hook: OMSAP_FAIL_AT=<phase> makes that phase fail, to prove a failed build leaves dist/ alone. */
export function checkpoint(phase: Phase): void {
  if (process.env.OMSAP_FAIL_AT === phase) throw new Error(consoleText((w) => w.console.forcedFailure(phase)));
}
