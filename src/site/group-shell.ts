/**
 * One group page rendered by Astro with stand-ins (its id, title, description, places and body), cut where the
 * stand-ins are, so the build writes each group's page by filling the cuts (src/publish/group-pages.ts): Astro
 * renders the frame once, with its stylesheet, scripts and head, and the group pages skip its component tree. Each
 * value is escaped as Astro escapes it where it stands: text in full, an attribute's value only for & and ".
 */
import { escapeAttribute, escapeHtml } from './markup';
import type { GroupFrame } from './group-page';
import { routes } from './links';
import { groupPaths, type GroupProps } from './data';

/** The build asks the group routes for the one shell page instead of every group's (src/pages/groups/[id].astro). */
export const GROUP_SHELL_ENV = 'OMSAP_GROUP_SHELL';

/** The shell's id: its page is groups/omsapshellid/ (en/groups/… in English), read and removed by the build. */
export const SHELL_ID = 'omsapshellid';
const STAND_INS = {
  id: SHELL_ID,
  title: 'omsapshelltitle',
  description: 'omsapshelldescription',
  province: 'omsapshellprovince',
  provinceLabel: 'omsapshellprovincelabel',
  district: 'omsapshelldistrict',
  districtLabel: 'omsapshelldistrictlabel',
  body: 'omsapshellbody',
} as const;
export type ShellKey = keyof typeof STAND_INS;
const KEY_OF = new Map<string, ShellKey>(Object.entries(STAND_INS).map(([k, v]) => [v, k as ShellKey]));
/** Longest first, so "…province" never matches the start of "…provincelabel". */
const STAND_IN = new RegExp(`(${[...KEY_OF.keys()].sort((a, b) => b.length - a.length).join('|')})`, 'g');

/** The frame and body GroupPage.astro renders as the shell. */
export const shellFrame: GroupFrame = {
  route: routes.group(STAND_INS.id),
  title: STAND_INS.title,
  description: STAND_INS.description,
  crumbs: [
    { route: routes.province(STAND_INS.province), label: STAND_INS.provinceLabel },
    { route: routes.district(STAND_INS.district), label: STAND_INS.districtLabel },
    { label: STAND_INS.title },
  ],
};
export const shellBody = STAND_INS.body;

/** A cut of the shell: text as it is, or a stand-in and whether it stands inside a tag (an attribute's value). */
export type ShellPart = string | { key: ShellKey; inTag: boolean };

export function cutShell(html: string): ShellPart[] {
  const parts: ShellPart[] = [];
  let last = 0;
  for (const m of html.matchAll(STAND_IN)) {
    parts.push(html.slice(last, m.index));
    const inTag = html.lastIndexOf('<', m.index) > html.lastIndexOf('>', m.index);
    parts.push({ key: KEY_OF.get(m[1]!)!, inTag });
    last = m.index + m[0].length;
  }
  parts.push(html.slice(last));
  if (!parts.some((p) => typeof p !== 'string' && p.key === 'body')) throw new Error('the group shell has no body stand-in');
  return parts;
}

/** The page: `values` are plain text, except body, which is HTML. */
export function fillShell(parts: readonly ShellPart[], values: Record<ShellKey, string>): string {
  let html = '';
  for (const p of parts) {
    if (typeof p === 'string') html += p;
    else if (p.key === 'body') html += values.body;
    else html += p.inTag ? escapeAttribute(values[p.key]) : escapeHtml(values[p.key]);
  }
  return html;
}

/** The group routes' pages: every group's, or when the build asks (GROUP_SHELL_ENV) only the shell it fills. */
export function groupRoutePaths(): ({ params: { id: string }; props: GroupProps } | { params: { id: string }; props: { shell: true } })[] {
  return process.env[GROUP_SHELL_ENV] ? [{ params: { id: SHELL_ID }, props: { shell: true } }] : groupPaths();
}

/** What fills a group's shell: its page (src/site/group-page.ts groupPage) and the places in its breadcrumbs. */
export function shellValues(group: GroupProps['group'], page: { frame: GroupFrame; body: string }): Record<ShellKey, string> {
  const [province, district] = page.frame.crumbs;
  return {
    id: group.id,
    title: page.frame.title,
    description: page.frame.description,
    province: group.province.code,
    provinceLabel: province!.label,
    district: group.district.code,
    districtLabel: district!.label,
    body: page.body,
  };
}
