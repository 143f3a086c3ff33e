/**
 * Privacy once every file is read (DESIGN §8), so that the gate over dist/ never meets data an officer could type:
 * - a plan's owner (ผู้รับผิดชอบ) is published only when it is roles (src/lib/privacy/roles.ts, with the province's
 *   own from data/roles/): anything else is replaced by PERSONAL_MASK and warned with its file, sheet and cell;
 * - the private values are narrowed to those that could name a person (not a role, job title, place, organisation
 *   or placeholder), and each is masked wherever it appears in published text of any row (a chair's name in another
 *   row's village, in a plan's activity), warned with the cell and where the value was read.
 * Pure over the records: it replaces masked texts in place and hands its issues to `add`.
 */
import { makeIssue } from '../lib/issues/make-issue';
import { isPlaceholder, isPrivateValue } from '../lib/privacy/private-value';
import { PERSONAL_MASK } from '../lib/privacy/recognise';
import type { RoleList } from '../lib/privacy/roles';
import { PrivateValueSet, maskPrivateValues, maskValue } from '../lib/privacy/scan';
import type { AuditRecord, RegistryRecord } from '../lib/schema/records';
import type { Issue } from '../lib/schema/issue';

export interface PublishPrivacy {
  registry: RegistryRecord[];
  audits: AuditRecord[];
  privateValues: readonly string[];
  /** privateKey(value) → where it was read ("file, sheet S, cell C"). */
  origins: ReadonlyMap<string, string>;
  roles: RoleList;
  isPlace: (s: string) => boolean;
  add: (issue: Issue) => void;
}

const PLAN_TEXTS = ['topic', 'cause', 'approach', 'activity', 'owner'] as const;

/** Applies the rules above; returns the private values the gate looks for (those that could name a person). */
export function applyPublishPrivacy(p: PublishPrivacy): string[] {
  const persons = p.privateValues.filter((v) => isPrivateValue(v, p.isPlace, p.roles));
  const set = new PrivateValueSet(persons);
  // Many texts repeat (a village, a plan's usual topic or activity): each is read once.
  const masked = new Map<string, ReturnType<typeof maskPrivateValues>>();
  const hide = (text: string, at: { file: string; sheet?: string; cell?: string }, field: string): string => {
    let m = masked.get(text);
    if (m === undefined) masked.set(text, (m = maskPrivateValues(text, set)));
    if (m.first === undefined) return text;
    p.add(makeIssue('W_PRIVATE_VALUE_ELSEWHERE', { ...at, field, found: m.text, detail: { privateAt: p.origins.get(m.first) ?? '' } }));
    return m.text;
  };
  for (const r of p.registry) {
    const at = (f: string) => ({ file: r.source.file, ...(r.source.sheet ? { sheet: r.source.sheet } : {}), ...(r.source.cells[f] ? { cell: r.source.cells[f] } : {}) });
    r.name = hide(r.name, at('name'), 'name');
    if (r.village !== undefined) r.village = hide(r.village, at('village'), 'village');
  }
  for (const a of p.audits) {
    a.plan.forEach((item, k) => {
      for (const f of PLAN_TEXTS) {
        const text = item[f];
        if (text === undefined) continue;
        const key = `plan.${k}.${f}`;
        const sheet = a.source.sheets?.[key] ?? a.source.sheet;
        const at = { file: a.source.file, ...(sheet ? { sheet } : {}), ...(a.source.cells[key] ? { cell: a.source.cells[key] } : {}) };
        if (f === 'owner' && text !== PERSONAL_MASK && !isPlaceholder(text) && !p.roles.isRoleText(text)) {
          p.add(makeIssue('W_OWNER_NOT_ROLE', { ...at, field: 'owner', found: maskValue(text) }));
          item.owner = PERSONAL_MASK;
          continue;
        }
        item[f] = hide(text, at, f);
      }
      const note = item.progress?.note;
      if (note !== undefined && item.progress) {
        const key = `plan.${k}.progressNote`;
        const sheet = a.source.sheets?.[key] ?? a.source.sheet;
        item.progress.note = hide(note, { file: a.source.file, ...(sheet ? { sheet } : {}), ...(a.source.cells[key] ? { cell: a.source.cells[key] } : {}) }, 'progressNote');
      }
    });
  }
  return persons;
}
