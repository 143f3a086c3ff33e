import type { Issue } from '../schema/issue';
import type { AuditRecord } from '../schema/records';
import { type RowRef, foldedAudits } from './messages';
import { withNumbersHidden } from '../privacy/recognise';

/**
 * A rejected registry row's issue with the audits it kept out folded under it: one error for one bad cell, naming
 * the audits («และการตรวจของกลุ่มนี้อีก 3 รายการ» / "and 3 audits of this group"), instead of one error per audit.
 */
export function withFoldedAudits(root: Issue, audits: readonly AuditRecord[]): Issue {
  const places: RowRef[] = audits.map((a) => ({ file: withNumbersHidden(a.source.file), ...(a.source.row !== undefined ? { row: a.source.row } : {}) }));
  const text = foldedAudits(places);
  return { ...root, th: root.th + text.th, en: root.en + text.en, folded: places };
}
