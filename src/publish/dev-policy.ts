/**
 * Marks `astro dev` (DEV_SERVER_ENV) so that its pages go without the Content-Security-Policy (src/site/csp.ts): the
 * dev server's own inline styles and scripts would be blocked. A build never sets it.
 */
import type { AstroIntegration } from 'astro';
import { DEV_SERVER_ENV } from '../site/csp';

export function devWithoutPolicy(): AstroIntegration {
  return {
    name: 'omsap-dev-without-policy',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'dev') process.env[DEV_SERVER_ENV] = '1';
      },
    },
  };
}
