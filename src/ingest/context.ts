import type { IssueAt } from '../lib/issues/make-issue';
import { makeIssue } from '../lib/issues/make-issue';
import type { IssueCode } from '../lib/issues/messages';
import type { Criteria } from '../lib/schema/criteria';
import type { Issue } from '../lib/schema/issue';
import type { Divisions } from '../lib/thai/index';

/** What one file's parse collects: issues (with counts) and the private values it saw. */
export class FileContext {
  readonly issues: Issue[] = [];
  errors = 0;
  warnings = 0;
  constructor(
    readonly file: string,
    readonly criteria: Criteria,
    readonly divisions: Divisions,
    readonly privateValues: Set<string>,
  ) {}
  /** Set from the workbook once read: serials then count from 1904. */
  date1904 = false;

  report(code: IssueCode, at: Omit<IssueAt, 'file'> = {}): Issue {
    const issue = makeIssue(code, at.sheet === '' ? { file: this.file, ...at, sheet: undefined } : { file: this.file, ...at });
    this.issues.push(issue);
    if (issue.severity === 'error') this.errors++;
    else this.warnings++;
    return issue;
  }

  addPrivate(value: string): void {
    if (value !== '') this.privateValues.add(value);
  }
}
