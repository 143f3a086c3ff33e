/**
 * Vitest global setup: Astro's generated files in .astro/ exist before any test builds the site. Each build has its
 * own Astro and Vite caches (src/publish/astro-child.ts), so builds of this checkout may run at once without a lock;
 * .astro/ is the one folder they still share, and Astro only rewrites a file there when its content changes. Made
 * once here, no two first builds of a fresh clone race to create it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export default function setup(): void {
  const root = resolve(import.meta.dirname, '../..');
  if (existsSync(resolve(root, '.astro/content-modules.mjs'))) return;
  execFileSync(process.execPath, [resolve(root, 'node_modules/astro/astro.js'), 'sync'], {
    cwd: root,
    stdio: 'pipe',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}
