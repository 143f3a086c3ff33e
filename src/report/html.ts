/** The pieces of markup the data-quality report's sections share. */
import { escapeHtml } from '../lib/escape';

export const esc = escapeHtml;

/** Thai, then English in a span.en below it; both escaped. */
export const both = (th: string, en: string): string => `${esc(th)}<span class="en">${esc(en)}</span>`;
