/** How many data files a build used, used in part, rejected and skipped (the console's and the result's counts). Pure. */
export interface FileSummary {
  used: number;
  partial: number;
  rejected: number;
  skipped: number;
  total: number;
}

/** Counts files by their status (src/ingest/file-status.ts); a status outside the four counts in the total only. */
export function fileSummary(files: readonly { status: string }[]): FileSummary {
  return {
    used: files.filter((f) => f.status === 'used').length,
    partial: files.filter((f) => f.status === 'partial').length,
    rejected: files.filter((f) => f.status === 'rejected').length,
    skipped: files.filter((f) => f.status === 'skipped').length,
    total: files.length,
  };
}
