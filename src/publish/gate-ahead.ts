/**
 * Step 7 begun early (src/publish/gate.ts scanAhead): while the pages are made, one thread scans the downloads, final
 * once the dataset is written, and then the group pages as the page process writes them. The gate reads again only
 * what the thread did not find clean or what changed since.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { LANGS } from '../lib/i18n/lang';
import { SHELL_ID } from '../site/group-shell';
import { langPrefix } from '../site/links';
import { DOWNLOADS_DIR } from './downloads';
import { allFilesOf, type AheadFiles, scanAhead } from './gate';
import type { Prepared } from './options';

export interface GateAhead {
  /** Starts the thread once (the page process has read the dataset: its largest moment). */
  start: () => void;
  /** The pages are all written: the thread takes no more of them and ends with its batch. */
  pagesWritten: () => void;
  /** Clean files by site path with their SHA-256; undefined if the thread failed or never started. */
  result: () => Promise<Map<string, string> | undefined>;
  stop: () => void;
}

/** Downloads this large are scanned ahead; below it the gate is over before a thread would have started. */
const AHEAD_MIN_BYTES = 8 << 20;
/** How long the thread waits for the next group pages when it has read all those written. */
const POLL_MS = 500;

/**
 * The scan ahead of a build whose site is made in `siteDir`: none for a small site. Started at the page process's
 * first progress: started before, the two took a national build's peak to 1.74 GB.
 */
export function gateAhead(prep: Prepared, siteDir: string, downloadsBytes: number): GateAhead | undefined {
  if (downloadsBytes < AHEAD_MIN_BYTES) return undefined;
  let written = false;
  let scan: ReturnType<typeof scanAhead> | undefined;
  const downloads = allFilesOf(join(dirname(prep.datasetPath), DOWNLOADS_DIR));
  return {
    start: () => void (scan ??= scanAhead([downloads, groupPagesAsWritten(siteDir, () => written)], prep.privateValues)),
    pagesWritten: () => void (written = true),
    // A scan ahead that failed (or never started) only leaves its files to the gate.
    result: async () => scan?.result.catch(() => undefined),
    stop: () => {
      written = true;
      scan?.stop();
    },
  };
}

/**
 * The group pages under `siteDir` as they appear (src/publish/group-pages.ts writes them), each once; none once
 * `written()` says the page process is done: what is left goes to the gate, whose threads are then free.
 */
export function groupPagesAsWritten(siteDir: string, written: () => boolean): AheadFiles {
  const seen = new Set<string>();
  return {
    dir: siteDir,
    next: async () => {
      while (!written()) {
        // A folder made before its page is written: the page is taken at a later look.
        const fresh = groupPages(siteDir).filter((f) => !seen.has(f) && existsSync(join(siteDir, f)));
        for (const f of fresh) seen.add(f);
        if (fresh.length > 0) return fresh;
        await sleep(POLL_MS);
      }
      return [];
    },
  };
}

/** The group pages written so far, as site paths (never the shell Astro rendered them from). */
function groupPages(siteDir: string): string[] {
  const pages: string[] = [];
  for (const lang of LANGS) {
    const groups = `${langPrefix(lang)}groups`;
    let ids: string[];
    try {
      ids = readdirSync(join(siteDir, groups));
    } catch {
      continue; // not yet written
    }
    for (const id of ids) if (id !== SHELL_ID) pages.push(`${groups}/${id}/index.html`);
  }
  return pages;
}
