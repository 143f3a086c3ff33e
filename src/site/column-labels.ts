/**
 * The group page's indicator table labels its cells on a narrow screen, where each row becomes a block (site.css
 * `table.stack`). Its six columns are labelled by this stylesheet, one rule per column and language from the word
 * catalogue, instead of a data-label on each of its ~100 cells: those were an eighth of a group page's bytes.
 * Served as a CSS module of its own (src/publish/column-labels-plugin.ts). Pure.
 */
import { LANGS } from '../lib/i18n/lang';
import { words, type Words } from '../lib/i18n/words';

/** The table's class, on the group page and in site.css. */
export const INDICATOR_TABLE = 'indicator-table';

/** The labelled columns, in order (the first, the indicator, is the row's header). */
const columns = (w: Words) => [w.group.value, w.group.rule, w.group.points, w.group.result, w.group.districtMedian, w.group.provinceMedian];

/** A CSS string: quoted, with its quotes, backslashes and line breaks escaped. */
const cssString = (s: string) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, '\\A ')}"`;

/** The stylesheet: the labels where site.css stacks tables (max-width: 40rem). */
export function columnLabelsCss(): string {
  const rules = LANGS.flatMap((lang) => columns(words(lang)).map((label, i) => `  :lang(${lang}) table.${INDICATOR_TABLE} td:nth-of-type(${i + 1})::before { content: ${cssString(label)}; }`));
  return `@media screen and (max-width: 40rem) {\n${rules.join('\n')}\n}\n`;
}
