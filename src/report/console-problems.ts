import type { Issue } from '../lib/schema/issue';
import { consoleText } from '../lib/i18n/words';
import { formatFixed } from '../lib/i18n/format';

/** Problems printed by `npm run check` and `npm run build`; the report holds them all. */
export const CONSOLE_PROBLEMS = 10;

/**
 * The first problems for the console, so an officer sees what to fix without opening the report: errors before
 * warnings, each in the report's order (root causes first) as its Thai and English sentence, which name file, sheet
 * and cell.
 */
export function firstProblems(issues: readonly Issue[], n = CONSOLE_PROBLEMS): string[] {
  if (issues.length === 0) return [];
  const shown: Issue[] = [];
  for (const severity of ['error', 'warning'] as const) {
    for (const i of issues) {
      if (shown.length === n) break;
      if (i.severity === severity) shown.push(i);
    }
  }
  const total = issues.length.toLocaleString('en-US');
  const lines = [`${consoleText((w) => w.console.firstProblems(String(shown.length), String(total)))}:`];
  for (const i of shown) lines.push(`  ${i.severity === 'error' ? '✗' : '!'} ${i.th}`, `    ${i.en}`);
  const more = issues.length - shown.length;
  if (more > 0) lines.push(`  ${consoleText((w) => w.console.moreProblems(formatFixed(more, 0)))}`);
  return lines;
}
