import type { IssueAt } from '../lib/issues/make-issue';
import { makeIssue, placeText } from '../lib/issues/make-issue';
import type { IssueCode } from '../lib/issues/messages';
import { isPrivateValue } from '../lib/privacy/private-value';
import { privateKey } from '../lib/privacy/scan';
import type { Criteria } from '../lib/schema/criteria';
import type { Issue } from '../lib/schema/issue';
import type { DecimalMark } from '../lib/thai/number';
import { type Divisions, isPlaceName } from '../lib/thai/index';

/** What one file's parse collects: issues (with counts), the private values it saw, and where it read them. */
export class FileContext {
  readonly issues: Issue[] = [];
  errors = 0;
  warnings = 0;
  /**
   * Where each private value and each masked number was read ("file, sheet S, cell C"), by privateKey(value) or
   * by the number's digits: the privacy gate names it if one ever reaches the site. Never written into dist/.
   */
  readonly origins = new Map<string, string>();
  constructor(
    readonly file: string,
    readonly criteria: Criteria,
    readonly divisions: Divisions,
    readonly privateValues: Set<string>,
  ) {}
  /** Set from the workbook once read: serials then count from 1904. */
  date1904 = false;
  /** Set from a CSV's own cells (src/ingest/csv-locale.ts): the decimal mark of its numbers written as text. */
  decimal: DecimalMark = '.';

  report(code: IssueCode, at: Omit<IssueAt, 'file'> = {}): Issue {
    const issue = makeIssue(code, at.sheet === '' ? { file: this.file, ...at, sheet: undefined } : { file: this.file, ...at });
    this.issues.push(issue);
    if (issue.severity === 'error') this.errors++;
    else this.warnings++;
    return issue;
  }

  /**
   * A value of a private column. Kept for the privacy gate when it can identify a person (not a placeholder, a
   * place name or too short: src/lib/privacy/private-value.ts); returns whether it was kept.
   */
  addPrivate(value: string, at: { sheet?: string; cell?: string }): boolean {
    if (!isPrivateValue(value, (s) => isPlaceName(this.divisions, s))) return false;
    this.privateValues.add(value);
    this.noteOrigin(privateKey(value), at);
    return true;
  }

  /** Where a value (by privateKey or a number's digits) was read, for the gate's message. The first place wins. */
  noteOrigin(key: string, at: { sheet?: string; cell?: string; line?: number }): void {
    if (!this.origins.has(key)) this.origins.set(key, placeText({ file: this.file, ...at }).en);
  }
}
