/**
 * The build writes group pages by filling one shell Astro rendered (src/publish/group-pages.ts): for every group of
 * the site fixture, in both languages, that page is byte for byte the one Astro renders for the group itself. The
 * fixture's 1801-0003 has "<b>ทดสอบ</b>" in its name, which Astro escapes differently in <title> and in attributes.
 */
import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer } from 'astro/container';
import GroupPage from '../../../src/components/views/GroupPage.astro';
import { groupPaths, site } from '../../../src/site/data';
import { groupPage } from '../../../src/site/group-page';
import { cutShell, fillShell, shellValues } from '../../../src/site/group-shell';
import { LANGS } from '../../../src/lib/i18n/lang';

describe('group pages from the shell', () => {
  it.each(LANGS)('in %s: every group page filled from the shell is the page Astro renders', async (lang) => {
    const container = await experimental_AstroContainer.create();
    const shell = cutShell(await container.renderToString(GroupPage, { props: { shell: true, lang } }));
    const paths = groupPaths();
    expect(paths.length).toBe(13);
    for (const { props } of paths) {
      const astro = await container.renderToString(GroupPage, { props: { ...props, lang } });
      expect(fillShell(shell, shellValues(props.group, groupPage(props, site().criteria, lang)))).toBe(astro);
    }
    expect(paths.some((p) => p.props.group.name.includes('<b>'))).toBe(true);
  });
});
