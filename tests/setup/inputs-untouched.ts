/**
 * Vitest global setup: hashes every file under data/ and content/ before the whole test run and checks
 * them again after it. Nothing a test (or a build a test starts) does may write into the officer's inputs
 * (DESIGN §9); a difference fails the run and names the files.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const INPUTS = ['data', 'content'];

export function hashInputs(root = process.cwd()): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(root, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  for (const d of INPUTS) if (existsSync(join(root, d))) walk(join(root, d));
  return out;
}

export function changedInputs(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => before.get(n) !== after.get(n)).sort();
}

export default function setup(): () => void {
  const before = hashInputs();
  return () => {
    const changed = changedInputs(before, hashInputs());
    if (changed.length > 0) {
      // Vitest reports a teardown error but keeps the exit code; set it so CI goes red.
      process.exitCode = 1;
      throw new Error(`การทดสอบเขียนลงใน data/ หรือ content/ / the test run changed the inputs: ${changed.slice(0, 10).join(', ')}`);
    }
  };
}
