/**
 * The one check a dataset passes before anything is published from it or called buildable (DESIGN §8, §11): no
 * field off the privacy allow-list (read on the raw JSON, before zod drops keys it does not know), then the schema,
 * addresses included (a group id, an area or indicator code, an article slug is letters, digits and hyphens: a path
 * in an id cannot reach the site). `npm run check`, the build and the pages all call it, so check never passes what
 * the build refuses.
 */
import { findDisallowedFields } from '../privacy/allowlist';
import { DatasetSchema, GroupSchema, type Dataset } from '../schema/dataset';
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
 * The groups (nearly all of a dataset) are validated one at a time, each raw group replaced in `raw` by its validated
 * copy as it passes: a national dataset is never held twice, as a whole parse held it. (After a refusal, `raw` may hold
 * some validated groups: it is read only for the message.)
 */
export function validateDataset(raw: unknown, source?: string): Dataset {
  const prefix = (text: string) => (source === undefined ? text : `${text}: ${source}`);
  const off = findDisallowedFields(raw);
  if (off.length > 0) throw new DatasetInvalid(off, prefix(consoleText((w) => w.console.offAllowList)));
  const groups = groupsOf(raw);
  const issues: { path: PropertyKey[]; message: string }[] = [];
  groups?.forEach((g, i) => {
    const parsed = GroupSchema.safeParse(g);
    if (parsed.success) groups[i] = parsed.data;
    else issues.push(...parsed.error.issues.map((issue) => ({ path: ['groups', i, ...issue.path], message: issue.message })));
  });
  // Without groups to take one at a time (not an object, no array of groups), the whole parse says what is wrong.
  const rest = groups ? DatasetSchema.omit({ groups: true }).safeParse(raw) : DatasetSchema.safeParse(raw);
  if (!rest.success) issues.push(...rest.error.issues);
  if (issues.length === 0 && rest.success && groups) {
    // In the schema's order of keys, as a whole parse gives them (the JSON written from it is byte-identical).
    const fields: Record<string, unknown> = { ...rest.data, groups };
    return Object.fromEntries(Object.keys(DatasetSchema.shape).map((k) => [k, fields[k]])) as Dataset;
  }
  // In the order a whole parse reports them: by the schema's keys.
  const keys = Object.keys(DatasetSchema.shape);
  issues.sort((a, b) => keys.indexOf(String(a.path[0])) - keys.indexOf(String(b.path[0])));
  const problems = issues.map((i) => {
    const v = valueAt(raw, i.path);
    const found = typeof v === 'string' || typeof v === 'number' ? ` "${shortFound(v)}"` : '';
    return `${pathText(i.path)}${found}: ${i.message}`;
  });
  throw new DatasetInvalid(problems, prefix(consoleText((w) => w.console.datasetInvalid)));
}

/** The raw dataset's array of groups, to validate in place; undefined when there is none. */
function groupsOf(raw: unknown): unknown[] | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const groups = (raw as Record<string, unknown>).groups;
  return Array.isArray(groups) ? groups : undefined;
}
