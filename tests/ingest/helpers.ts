import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OFFICE = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'office');

/** A fresh data folder: `files` maps a relative path to an office fixture name or to bytes/text. */
export function dataDir(files: Record<string, string | Uint8Array | { fixture: string }>): string {
  const dir = mkdtempSync(join(tmpdir(), 'omsap-ingest-'));
  for (const [rel, content] of Object.entries(files)) {
    const abs = join(dir, rel);
    mkdirSync(dirname(abs), { recursive: true });
    if (typeof content === 'object' && 'fixture' in content) cpSync(join(OFFICE, content.fixture), abs);
    else writeFileSync(abs, content);
  }
  return dir;
}

export const fx = (fixture: string) => ({ fixture });
