/**
 * Every group's page, written by the build's Astro process once Astro has rendered the rest of the site and the one
 * shell page per language (src/site/group-shell.ts): the shell is filled with each group's page (src/site/group-page.ts)
 * and written where Astro would have written it. Same bytes as Astro's own render of the group route, without its
 * component tree and per-page pipeline (about 2 ms a page, 60,000 pages at national scale). The shells are removed.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../lib/i18n/lang';
import { groupPaths, site } from '../site/data';
import { groupPage } from '../site/group-page';
import { cutShell, fillShell, SHELL_ID, shellValues, type ShellPart } from '../site/group-shell';
import { langPrefix } from '../site/links';

/** Writes each group's page in both languages into the site Astro wrote at outDir; the number of pages written. */
export function writeGroupPages(outDir: string, report: (done: number, total: number) => void = () => {}): number {
  const shells = LANGS.map((lang) => {
    const dir = join(outDir, langPrefix(lang), 'groups', SHELL_ID);
    const parts: ShellPart[] = cutShell(readFileSync(join(dir, 'index.html'), 'utf8'));
    rmSync(dir, { recursive: true });
    return { lang, parts };
  });
  const { criteria } = site();
  const paths = groupPaths();
  const total = paths.length * shells.length;
  let done = 0;
  report(done, total);
  for (const { props } of paths) {
    for (const { lang, parts } of shells) {
      const dir = join(outDir, langPrefix(lang), 'groups', props.group.id);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'index.html'), fillShell(parts, shellValues(props.group, groupPage(props, criteria, lang))));
      if (++done % 256 === 0 || done === total) report(done, total);
    }
  }
  return total;
}
