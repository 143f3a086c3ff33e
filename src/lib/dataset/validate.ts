/**
 * The one check a dataset passes before anything is published from it or called buildable (DESIGN §8, §11): no
 * field off the privacy allow-list (read on the raw JSON, before zod drops keys it does not know), then the schema,
 * addresses included (a group id, an area or indicator code, an article slug is letters, digits and hyphens: a path
 * in an id cannot reach the site). `npm run check`, the build and the pages all call it, so check never passes what
 * the build refuses.
 */
import { findDisallowedFields } from '../privacy/allowlist';
import { DatasetSchema, type Dataset } from '../schema/dataset';
import { shortFound } from '../issues/make-issue';
import { consoleText } from '../i18n/words';

/** How many problems a message lists (the rest are counted). */
const SHOWN = 5;

/** A dataset that may not be published: `problems` name the fields (`groups[3].id "a/b": …`). */
export class DatasetInvalid extends Error {
  constructor(readonly problems: string[], what: string) {
    const list = problems.slice(0, SHOWN).join('; ') + (problems.length > SHOWN ? ` … (${problems.length})` : '');
    super(`${what}: ${list}`);
  }
}

/** `groups[3].district.code` from zod's path. */
function pathText(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('');
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v = raw;
  for (const k of path) v = typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

/**
 * The dataset, validated; throws DatasetInvalid naming the fields otherwise. `source` (a file) is named first in
 * the message. Quoting a value is safe here: the allow-list has passed, so every field is one meant to be public.
 */
export function validateDataset(raw: unknown, source?: string): Dataset {
  const prefix = (text: string) => (source === undefined ? text : `${text}: ${source}`);
  const off = findDisallowedFields(raw);
  if (off.length > 0) throw new DatasetInvalid(off, prefix(consoleText((w) => w.console.offAllowList)));
  const parsed = DatasetSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => {
    const v = valueAt(raw, i.path);
    const found = typeof v === 'string' || typeof v === 'number' ? ` "${shortFound(v)}"` : '';
    return `${pathText(i.path)}${found}: ${i.message}`;
  });
  throw new DatasetInvalid(problems, prefix(consoleText((w) => w.console.datasetInvalid)));
}
