/**
 * npm run check [-- --data DIR --content DIR --reports DIR --state DIR --no-cache --allow-shrink]: ingest and validate the
 * data and the KM articles only, write the data-quality report, print a short Thai + English summary. Exit 0 with no
 * errors, 1 with any error, when the data would shrink the site against the last published build or when the privacy
 * gate would find personal data in what the pages are made of (as `npm run build` would stop), 2 when it could not run.
 */
import { join, relative, resolve } from 'node:path';
import { summarise } from '../src/lib/changes/summary';
import { validateDataset } from '../src/lib/dataset/validate';
import { runPipeline } from '../src/pipeline';
import { gateLines, scanPublishable } from '../src/publish/gate';
import { compareWithPublished } from '../src/publish/published-summary';
import { changesConsoleLine, shrinkConsoleLines, stopsBuild } from '../src/report/changes-section';
import { firstProblems } from '../src/report/console-problems';
import { notAuditedFrom } from '../src/report/not-audited';
import { writeQualityReport } from '../src/report/quality-report';
import { consoleText, twoLines } from '../src/lib/i18n/words';
import { progress } from '../src/util/progress';
import { readArgs } from '../src/util/args';

const OPTIONS = {
  data: { type: 'string', default: 'data' },
  content: { type: 'string', default: 'content' },
  reports: { type: 'string', default: 'reports' },
  state: { type: 'string', default: '.omsap' },
  'no-cache': { type: 'boolean', default: false },
  'allow-shrink': { type: 'boolean', default: false },
} as const;

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2), OPTIONS);
  const dataDir = resolve(args.data);
  const contentDir = resolve(args.content);
  const reportsDir = resolve(args.reports);
  const started = Date.now();
  const stateDir = resolve(args.state);
  const cacheDir = join(stateDir, 'cache');
  const { ingest, dataset, issues, km } = await runPipeline(dataDir, { log: (l) => console.log(l), contentDir, onProgress: progress((w) => w.console.progress.files), ...(args['no-cache'] ? {} : { cacheDir }) });
  // The build's own check of the dataset (allow-list and schema): ingest's bounds are meant to make a refusal
  // impossible, and if one ever happens check must not say "0 errors".
  validateDataset(dataset);
  const audits = dataset.groups.reduce((n, g) => n + g.audits.length, 0);
  // What a build would find against the last published build (DESIGN §9: check finds what would stop a build).
  const changes = compareWithPublished(stateDir, summarise(dataset, { files: ingest.files, issues }), issues, 'check', args['allow-shrink']);
  const paths = await writeQualityReport(reportsDir, {
    files: ingest.files,
    issues,
    notAudited: notAuditedFrom(dataset),
    counts: { groups: dataset.groups.length, audits },
    changes,
  });
  // What the privacy gate would stop the build on, found in what the pages will be made of (DESIGN §8).
  const gate = scanPublishable(
    [{ name: 'omsap.json', text: JSON.stringify(dataset) }, ...km.map((a) => ({ name: a.file, text: [a.title, a.author, a.position, a.office, a.summary, ...a.tags, a.body].join('\n') }))],
    ingest.privateValues,
    ingest.origins,
  );
  if (gate.length > 0) console.log([`${consoleText((w) => w.console.personalFound(String(gate.length)))}:`, ...gateLines(gate, consoleText((w) => w.console.readFrom))].join('\n'));
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const n = (s: string) => String(ingest.files.filter((f) => f.status === s).length);
  const r0 = relative(process.cwd(), paths.html);
  const rel = r0 === '' || r0.startsWith('..') ? paths.html : r0;
  const lines = [
    ...firstProblems(issues),
    ...twoLines((w) => w.console.files(String(ingest.files.length), n('used'), n('partial'), n('rejected'), n('skipped'))),
    ...twoLines((w) => w.console.counts(String(dataset.groups.length), String(audits), String(errors), String(warnings))),
    ...twoLines((w) => w.console.report(rel)),
    `  (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  ];
  console.log(lines.join('\n'));
  console.log(changesConsoleLine(changes));
  const shrink = shrinkConsoleLines(changes);
  if (shrink.length > 0) console.log(shrink.join('\n'));
  return errors > 0 || gate.length > 0 || stopsBuild(changes) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`${consoleText((w) => w.console.checkFailed)}:`, e instanceof Error ? e.message : e);
    process.exit(2);
  },
);
