/**
 * npm run preview [-- --out DIR] [--base /omsap/] [--port 4321] [--plain]
 * Serves the built site (dist/) as a plain web server would: under its base path (--base, or OMSAP_BASE, as it was
 * built), folders answering with their index.html, text gzip-compressed unless --plain.
 */
import { resolve } from 'node:path';
import { BASE_ENV, normalizeBase } from '../src/publish/address';
import { serveSite } from '../src/publish/static-server';
import { consoleText } from '../src/lib/i18n/words';
import { commandArgs } from '../src/util/args';

const values = commandArgs({
  out: { type: 'string', default: 'dist' },
  base: { type: 'string' },
  port: { type: 'string', default: '4321' },
  plain: { type: 'boolean', default: false },
});

const base = normalizeBase(values.base ?? process.env[BASE_ENV]);
const served = await serveSite(resolve(values.out!), { base, gzip: !values.plain, port: Number(values.port) });
console.log(consoleText((w) => w.console.preview(served.url, values.plain ? w.console.notCompressed : 'gzip')));
