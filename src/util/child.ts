/** What the build keeps of its child processes (ingest, Astro): the end of what they wrote to stderr, and how they ended. */
import type { ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';
import { consoleText } from '../lib/i18n/words';

/** How much of a child's stderr is kept: enough for the stack trace that says why it failed, never its whole output. */
export const STDERR_TAIL = 20_000;

/** Collects the last `max` characters a stream writes; call the returned function for them (trimmed). */
export function tailOf(stream: Readable | null | undefined, max = STDERR_TAIL): () => string {
  let text = '';
  stream?.on('data', (d: Buffer) => {
    text = (text + d.toString()).slice(-max);
  });
  return () => text.trim();
}

/** The error of a child that ended badly: who, how it ended (a signal, else its exit code), and its stderr's tail. */
export function childFailed(who: string, code: number | null, signal: NodeJS.Signals | null, tail: string): Error {
  const how = signal ?? String(code);
  return new Error(`${consoleText((w) => w.console.childExited(who, how))}:\n${tail}`);
}

/** Resolves when the child exits with code 0; rejects with childFailed (its stderr's tail) otherwise. */
export function childDone(child: ChildProcess, who: string): Promise<void> {
  const tail = tailOf(child.stderr);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) => (code === 0 ? done() : fail(childFailed(who, code, signal, tail()))));
  });
}

/** tsx's loader for a TypeScript child process (`--import`): resolved from this checkout, else by name from the working folder. */
export function tsxLoader(): string {
  try {
    return import.meta.resolve('tsx');
  } catch {
    return 'tsx';
  }
}
