/**
 * Every command's options read by node:util parseArgs, strictly: a misspelt or unknown flag, a flag without its
 * value or a stray word is an error that names the flags the command has (exit 2), never silently ignored.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { consoleText } from '../lib/i18n/words';

type Options = NonNullable<ParseArgsConfig['options']>;

/** A command line the command cannot read; the message names what was wrong and the valid flags. */
export class UsageError extends Error {}

/** The flags of a command: "--data, --no-cache, …". */
export function flagList(options: Options): string {
  return Object.keys(options).map((name) => `--${name}`).join(', ');
}

/** The options' values; throws UsageError naming the valid flags. */
export function readArgs<const O extends Options>(argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (!err.code?.startsWith('ERR_PARSE_ARGS_')) throw e;
    // Node's own sentence says what was wrong ("Unknown option '--dat'"); the catalogue adds what would be right.
    const what = err.message.split('. ')[0] ?? err.message;
    throw new UsageError(consoleText((w) => w.console.usage(what, flagList(options))));
  }
}

/** A script's options from its command line; on a usage error, the message and exit code 2 (no stack trace). */
export function commandArgs<const O extends Options>(options: O) {
  try {
    return readArgs(process.argv.slice(2), options);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(e.message);
    process.exit(2);
  }
}
