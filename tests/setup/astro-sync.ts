/**
 * Vitest global setup: Astro's generated files in .astro/ exist before any test builds the site. Each build has its
 * own Astro and Vite caches (src/publish/astro-child.ts), so builds of this checkout may run at once without a lock;
 * .astro/ is the one folder they still share, and Astro only rewrites a file there when its content changes. Made
 * once here, no two first builds of a fresh clone race to create it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export default function setup(): void {
  const root = resolve(import.meta.dirname, '../..');
  // What `astro sync` writes (Astro 7: types.d.ts and content.d.ts).
  if (existsSync(resolve(root, '.astro/types.d.ts'))) return;
  // The command as astro's package.json names it (its path moved between major versions).
  const astro = resolve(root, 'node_modules/astro');
  const bin = (JSON.parse(readFileSync(resolve(astro, 'package.json'), 'utf8')) as { bin: { astro: string } }).bin.astro;
  execFileSync(process.execPath, [resolve(astro, bin), 'sync'], {
    cwd: root,
    stdio: 'pipe',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}
