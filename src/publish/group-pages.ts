/**
 * Every group's page, written by the build's Astro process once Astro has rendered the rest of the site and the one
 * shell page per language (src/site/group-shell.ts): the shell is filled with each group's page (src/site/group-page.ts)
 * and written where Astro would have written it. Same bytes as Astro's own render of the group route, without its
 * component tree and per-page pipeline (about 2 ms a page, 60,000 pages at national scale). The shells are removed.
 * Pages are written while the next ones are made (a few dozen at a time, by libuv's threads): writing was a third of
 * the time.
 */

/** Pages being written at once. */
const IN_FLIGHT = 32;
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LANGS } from '../lib/i18n/lang';
import { groupPaths, site } from '../site/data';
import { groupPage } from '../site/group-page';
import { cutShell, fillShell, SHELL_ID, shellValues, type ShellPart } from '../site/group-shell';
import { langPrefix } from '../site/links';

/** Writes each group's page in both languages into the site Astro wrote at outDir; the number of pages written. */
export async function writeGroupPages(outDir: string, report: (done: number, total: number) => void = () => {}): Promise<number> {
  const shells = LANGS.map((lang) => {
    const dir = join(outDir, langPrefix(lang), 'groups', SHELL_ID);
    const parts: ShellPart[] = cutShell(readFileSync(join(dir, 'index.html'), 'utf8'));
    rmSync(dir, { recursive: true });
    // A site without groups has no groups/ folder, as when Astro rendered the group route.
    const groups = join(dir, '..');
    if (readdirSync(groups).length === 0) rmSync(groups, { recursive: true });
    return { lang, parts };
  });
  const { criteria } = site();
  const paths = groupPaths();
  const total = paths.length * shells.length;
  let done = 0;
  let failure: { error: unknown } | undefined;
  const writing = new Set<Promise<void>>();
  const put = async (dir: string, html: string) => {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'index.html'), html);
    if (++done % 256 === 0 || done === total) report(done, total);
  };
  report(done, total);
  for (const { props } of paths) {
    for (const { lang, parts } of shells) {
      const html = fillShell(parts, shellValues(props.group, groupPage(props, criteria, lang)));
      const p: Promise<void> = put(join(outDir, langPrefix(lang), 'groups', props.group.id), html)
        .catch((error: unknown) => void (failure ??= { error }))
        .finally(() => writing.delete(p));
      writing.add(p);
      if (writing.size >= IN_FLIGHT) await Promise.race(writing);
      if (failure) break;
    }
    if (failure) break;
  }
  await Promise.all(writing);
  if (failure) throw failure.error;
  return total;
}
