/**
 * Writes a file where an officer works (templates/, books/) without ever replacing what the officer typed: a file
 * that is already there and differs from what would be written is kept, and the new one goes beside it
 * ("ทะเบียนกลุ่ม (ใหม่).xlsx"), unless `force`. A file equal to what would be written is left untouched.
 * SheetJS writes no timestamps, so an untouched template compares equal byte for byte.
 */
import fs from 'node:fs';
import path from 'node:path';

export type WriteOutcome =
  | { kind: 'written'; path: string }
  | { kind: 'unchanged'; path: string }
  | { kind: 'replaced'; path: string }
  /** `kept` differed and was left as it was; the new file is `path`, beside it. */
  | { kind: 'beside'; path: string; kept: string };

/** The name of the n-th file beside `file` (n ≥ 1): "x.xlsx" → "x (ใหม่).xlsx", "x (ใหม่ 2).xlsx", … */
export function besidePath(file: string, n: number, suffix: (n: number) => string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}${suffix(n)}${ext}`);
}

const sameBytes = (file: string, bytes: Uint8Array) => {
  const now = fs.readFileSync(file);
  return now.length === bytes.length && now.equals(bytes);
};

/** Writes `bytes` to `file` by the rule above; `suffix(n)` names the n-th file beside (from the catalogue). */
export function writeKeepingOfficerFile(file: string, bytes: Uint8Array, opts: { force?: boolean; suffix: (n: number) => string }): WriteOutcome {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, bytes);
    return { kind: 'written', path: file };
  }
  if (sameBytes(file, bytes)) return { kind: 'unchanged', path: file };
  if (opts.force) {
    fs.writeFileSync(file, bytes);
    return { kind: 'replaced', path: file };
  }
  // The beside files follow the same rule: an officer may have filled "(ใหม่)" too.
  for (let n = 1; ; n++) {
    const p = besidePath(file, n, opts.suffix);
    if (!fs.existsSync(p)) {
      fs.writeFileSync(p, bytes);
      return { kind: 'beside', path: p, kept: file };
    }
    if (sameBytes(p, bytes)) return { kind: 'beside', path: p, kept: file };
  }
}
