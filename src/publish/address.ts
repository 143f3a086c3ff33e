/**
 * Where the site will be published (DESIGN §7: the site works under any base path): the path it is served
 * under (`--base /omsap/`, or OMSAP_BASE) and, optionally, the address of its host (`--site https://example.go.th`,
 * or OMSAP_SITE), which canonical addresses and the sitemap need. astro.config.mjs reads the same variables, so
 * `npm run build`, `npm run dev` and the Astro child process agree.
 */
import { consoleText } from '../lib/i18n/words';

export const BASE_ENV = 'OMSAP_BASE';
export const SITE_ENV = 'OMSAP_SITE';

export interface SiteAddress {
  /** Starts and ends with "/": "/" or "/omsap/". */
  base: string;
  /** The host's address without a path, e.g. "https://example.go.th"; absent when not given. */
  site?: string;
}

/** "omsap", "/omsap" and "/omsap/" all mean "/omsap/"; "" and "/" mean the root. Throws on anything else. */
export function normalizeBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim();
  const parts = trimmed.split('/').filter((p) => p !== '');
  for (const p of parts) {
    if (p === '.' || p === '..' || !/^[A-Za-z0-9._~-]+$/.test(p)) {
      throw new Error(
        `--base "${raw}": ${consoleText((w) => w.console.address.base)}`,
      );
    }
  }
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}

/** "https://example.go.th" or "https://example.go.th/" → "https://example.go.th"; undefined or "" → undefined. */
export function normalizeSite(raw: string | undefined): string | undefined {
  const trimmed = (raw ?? '').trim();
  if (trimmed === '') return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new Error(`--site "${raw}": ${consoleText((w) => w.console.address.site)}`);
  }
  if (!/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash || url.pathname !== '/') {
    throw new Error(
      `--site "${raw}": ${consoleText((w) => w.console.address.siteHostOnly)}`,
    );
  }
  return url.origin;
}

/** The address from options, falling back to the environment (OMSAP_BASE, OMSAP_SITE). */
export function siteAddress(given: { base?: string; site?: string }, env: Record<string, string | undefined> = {}): SiteAddress {
  const base = normalizeBase(given.base ?? env[BASE_ENV]);
  const site = normalizeSite(given.site ?? env[SITE_ENV]);
  return site ? { base, site } : { base };
}

/** The environment a child process (Astro) needs to build for this address. */
export function addressEnv(a: SiteAddress): Record<string, string> {
  return { [BASE_ENV]: a.base, [SITE_ENV]: a.site ?? '' };
}
