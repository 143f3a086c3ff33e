import { makeIssue } from '../issues/make-issue';
import type { Issue } from '../schema/issue';
import type { AuditRecord, RegistryRecord } from '../schema/records';
import { normalizeText } from '../thai/index';

/**
 * Rules across files (DESIGN §4.6), pure:
 * - duplicate group ids in the registry: every row with that id is rejected (an error each);
 * - an audit of a group not in the registry: an error, the audit is kept out of the dataset;
 * - two audits of one group in one fiscal year: the later audit date wins, the other is reported;
 * - the group name on an audit is checked against the registry (a warning when it differs).
 */
export interface CrossFileInput {
  registry: readonly RegistryRecord[];
  audits: readonly AuditRecord[];
  /** Ids of registry rows that were rejected for errors of their own (for a clearer message). */
  rejectedIds?: ReadonlySet<string>;
}

export interface CrossFileResult {
  registry: RegistryRecord[];
  audits: AuditRecord[];
  issues: Issue[];
  /** Records dropped, for the file reports: source file → count. */
  dropped: Map<string, number>;
}

const at = (src: RegistryRecord['source'], field: string) => {
  const sheet = src.sheets?.[field] ?? src.sheet;
  const cell = src.cells[field];
  return {
    file: src.file,
    ...(sheet !== undefined ? { sheet } : {}),
    ...(cell !== undefined ? { cell } : src.row !== undefined ? { row: src.row } : {}),
    field,
  };
};

const where = (src: RegistryRecord['source'], field: string) => {
  const cell = src.cells[field] ?? (src.row !== undefined ? `row ${src.row}` : '');
  return {
    th: `ไฟล์ ${src.file}${src.sheet ? ` แผ่นงาน ${src.sheet}` : ''} ช่อง ${cell}`,
    en: `${src.file}${src.sheet ? `, sheet ${src.sheet}` : ''}, cell ${cell}`,
  };
};

/** Standard prefix officers often leave out of a name on the book. */
const GROUP_PREFIX = 'กลุ่มออมทรัพย์เพื่อการผลิต';
const SPACE = /\s+/g;
function nameKey(s: string): string {
  let k = normalizeText(s).replace(SPACE, '').toLowerCase();
  if (k.startsWith(GROUP_PREFIX)) k = k.slice(GROUP_PREFIX.length);
  return k;
}

const bySource = (a: { source: RegistryRecord['source'] }, b: { source: RegistryRecord['source'] }): number =>
  a.source.file < b.source.file ? -1 : a.source.file > b.source.file ? 1 : (a.source.row ?? 0) - (b.source.row ?? 0);

export function applyCrossFileRules(input: CrossFileInput): CrossFileResult {
  const issues: Issue[] = [];
  const dropped = new Map<string, number>();
  const drop = (file: string) => dropped.set(file, (dropped.get(file) ?? 0) + 1);

  // Registry ids: every row of a duplicated id is rejected.
  const byId = new Map<string, RegistryRecord[]>();
  for (const r of input.registry) {
    const list = byId.get(r.id);
    if (list) list.push(r);
    else byId.set(r.id, [r]);
  }
  const registry: RegistryRecord[] = [];
  const duplicated = new Set<string>();
  for (const [id, list] of byId) {
    if (list.length === 1) {
      registry.push(list[0]!);
      continue;
    }
    duplicated.add(id);
    const sorted = [...list].sort(bySource);
    sorted.forEach((r, i) => {
      const other = sorted[i === 0 ? 1 : 0]!;
      const w = where(other.source, 'id');
      issues.push(makeIssue('E_DUPLICATE_ID', { ...at(r.source, 'id'), found: id, detail: { otherTh: w.th, otherEn: w.en } }));
      drop(r.source.file);
    });
  }
  const known = new Map(registry.map((r) => [r.id, r]));

  // Audits: registered groups only; then one per group and fiscal year (the later date wins).
  const perYear = new Map<string, AuditRecord[]>();
  for (const a of input.audits) {
    const reg = known.get(a.groupId);
    if (!reg) {
      const code = input.rejectedIds?.has(a.groupId) || duplicated.has(a.groupId) ? 'E_GROUP_ROW_REJECTED' : 'E_GROUP_NOT_IN_REGISTRY';
      issues.push(makeIssue(code, { ...at(a.source, 'groupId'), found: a.groupId }));
      drop(a.source.file);
      continue;
    }
    if (a.groupName !== undefined && nameKey(a.groupName) !== nameKey(reg.name)) {
      issues.push(makeIssue('W_NAME_MISMATCH', { ...at(a.source, 'groupName'), found: a.groupName, detail: { registered: reg.name } }));
    }
    const key = `${a.groupId}\u0000${a.fiscalYear}`;
    const list = perYear.get(key);
    if (list) list.push(a);
    else perYear.set(key, [a]);
  }
  const audits: AuditRecord[] = [];
  for (const list of perYear.values()) {
    if (list.length === 1) {
      audits.push(list[0]!);
      continue;
    }
    // Latest date first; on the same date, the first file in path order is kept (deterministic).
    const sorted = [...list].sort((x, y) => (x.date > y.date ? -1 : x.date < y.date ? 1 : bySource(x, y)));
    const kept = sorted[0]!;
    audits.push(kept);
    for (const a of sorted.slice(1)) {
      issues.push(
        makeIssue('W_AUDIT_DUPLICATE', {
          ...at(a.source, 'groupId'),
          found: a.groupId,
          detail: { fiscalYear: a.fiscalYear, date: a.date, keptDate: kept.date, keptFile: kept.source.file },
        }),
      );
      drop(a.source.file);
    }
  }
  return { registry, audits, issues, dropped };
}
