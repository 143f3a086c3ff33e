/**
 * Watches input folders (data/, content/km/) and calls back once per burst of changes, after things settle: an
 * office suite saves a workbook as several writes and renames. Office lock files (~$…, .~lock…#) are not changes.
 */
import fs from 'node:fs';
import path from 'node:path';

const LOCK = /^(~\$|\.~lock\.)/;

export function isInputChange(file: string | null): boolean {
  return file !== null && !LOCK.test(path.basename(file));
}

/** Starts watching the folders that exist; returns a function that stops. `onChange` gets the paths changed. */
export function watchInputs(dirs: readonly string[], onChange: (files: string[]) => void, settleMs = 400): () => void {
  let timer: NodeJS.Timeout | undefined;
  let changed = new Set<string>();
  const watchers = dirs
    .filter((d) => fs.existsSync(d))
    .map((d) =>
      fs.watch(d, { recursive: true }, (_event, file) => {
        const name = file === null ? null : String(file);
        if (!isInputChange(name)) return;
        changed.add(path.join(d, name!));
        clearTimeout(timer);
        timer = setTimeout(() => {
          const files = [...changed].sort();
          changed = new Set();
          onChange(files);
        }, settleMs);
      }),
    );
  return () => {
    clearTimeout(timer);
    for (const w of watchers) w.close();
  };
}
