/**
 * The indicator table's column labels (src/site/column-labels.ts) as a CSS module, `virtual:omsap/column-labels.css`,
 * which the group page imports: Vite bundles it with the page's other styles, so the labels come from the word
 * catalogue and still arrive as the site's own stylesheet (the Content-Security-Policy allows no inline style).
 */
import type { AstroIntegration } from 'astro';
import { columnLabelsCss } from '../site/column-labels';

export const COLUMN_LABELS_MODULE = 'virtual:omsap/column-labels.css';
const RESOLVED = `\0${COLUMN_LABELS_MODULE}`;

export function columnLabels(): AstroIntegration {
  return {
    name: 'omsap-column-labels',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'omsap-column-labels',
                resolveId: (id: string) => (id === COLUMN_LABELS_MODULE ? RESOLVED : undefined),
                load: (id: string) => (id === RESOLVED ? columnLabelsCss() : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
