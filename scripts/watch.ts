/**
 * npm run watch [-- --port 4322] [check's options]: runs `npm run check`, serves the data-quality report on
 * http://127.0.0.1:4322/data-quality.html, and runs the check again whenever a file in data/ or content/km/ changes,
 * for an officer fixing files one by one (reload the page after each "report refreshed" line). Ctrl-C stops.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveSite } from '../src/publish/static-server';
import { consoleText } from '../src/lib/i18n/words';
import { watchInputs } from '../src/util/watch-inputs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
};
const port = Number(option('port', '4322'));
const checkArgs = argv.filter((a, i) => a !== '--port' && argv[i - 1] !== '--port');
const dataDir = path.resolve(option('data', 'data'));
const contentDir = path.resolve(option('content', 'content'));
const reportsDir = path.resolve(option('reports', 'reports'));

let running = false;
let again = false;

function runCheck(): void {
  if (running) {
    again = true;
    return;
  }
  running = true;
  const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/check.ts'), ...checkArgs], { stdio: 'inherit' });
  child.on('exit', () => {
    running = false;
    console.log(consoleText((w) => w.console.watch.refreshed(url)));
    if (again) {
      again = false;
      runCheck();
    }
  });
}

const served = await serveSite(reportsDir, { port, gzip: false });
const url = `${served.url}data-quality.html`;
console.log(consoleText((w) => w.console.watch.watching(path.relative(process.cwd(), dataDir) || dataDir, path.relative(process.cwd(), path.join(contentDir, 'km')))));
runCheck();
watchInputs([dataDir, path.join(contentDir, 'km')], (files) => {
  console.log(consoleText((w) => w.console.watch.changed(files.map((f) => path.relative(process.cwd(), f)).slice(0, 3).join(', '), String(files.length))));
  runCheck();
});
