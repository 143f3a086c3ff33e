/**
 * The search page in the browser: loads Pagefind (and a national index's other shards), reads the form, and writes
 * what src/lib/search decided (find.ts: the order and "did you mean"; display.ts: the words). The page hands its
 * settings and words in the form's data-search (src/site/search-view.ts).
 *
 * While a search runs (with its "did you mean"), the results list is aria-busy: assistive technology waits for the
 * list to be whole, and so do the browser tests.
 */
import type { SearchConfig } from '../site/search-view';
import type { NameEntry } from '../lib/search/names';
import { fromPagefind, type Chosen, type Index, type PagefindSearch, type Result } from '../lib/search/pagefind';
import { find, PAGE, results, shardNames, suggestions, type Found } from '../lib/search/find';
import { chosenOnly, districtOffered, kindLine, moreText, otherLanguageHref, readSearch, searchQuery, statusText } from '../lib/search/display';
import { normalizeQuery } from '../lib/search/text';

type Pagefind = PagefindSearch & {
  init: () => Promise<void>;
  mergeIndex: (url: string, options?: { language?: string }) => Promise<void>;
};

const form = document.getElementById('search-form') as HTMLFormElement;
const config = JSON.parse(form.dataset.search ?? '{}') as SearchConfig;
const w = config.words;
const input = document.getElementById('q') as HTMLInputElement;
const province = document.getElementById('f-province') as HTMLSelectElement;
const district = document.getElementById('f-district') as HTMLSelectElement;
const level = document.getElementById('f-level') as HTMLSelectElement;
const status = document.getElementById('search-status')!;
const suggestBox = document.getElementById('search-suggest')!;
const list = document.getElementById('search-results')!;
const more = document.getElementById('search-more') as HTMLButtonElement;

let index: Promise<Index> | undefined;
let seq = 0;
let current: Found = { hits: [], first: [], suggest: false };
let shown = 0;

const names = shardNames(config.shards, (shard) =>
  fetch(`${config.names}${shard}.json`).then((r) => (r.ok ? (r.json() as Promise<NameEntry[]>) : [])),
);

function load(): Promise<Index> {
  return (index ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${config.pagefind}pagefind.js`)) as Pagefind;
    // A national site's index is in shards (src/publish/pagefind.ts), listed as folders under the site's base path:
    // merge this language's others into this one.
    const shards: Record<string, string[]> = await fetch(`${config.pagefind}shards.json`).then(
      (r) => (r.ok ? (r.json() as Promise<Record<string, string[]>>) : {}),
      () => ({}),
    );
    for (const s of shards[config.lang] ?? []) await pf.mergeIndex(config.base + s, { language: config.lang });
    await pf.init();
    return fromPagefind(pf);
  })());
}

function syncDistricts() {
  for (const o of district.options) o.hidden = !districtOffered(o.value, o.dataset.province, province.value);
  if (district.selectedOptions[0]?.hidden) district.value = '';
}

function item(r: Result): HTMLLIElement {
  const li = document.createElement('li');
  const h = document.createElement('h2');
  const a = document.createElement('a');
  a.href = r.url;
  a.textContent = r.title;
  h.append(a);
  const kind = document.createElement('p');
  kind.className = 'result-kind';
  kind.textContent = kindLine(r, config);
  const p = document.createElement('p');
  // Pagefind's excerpt is escaped text with <mark> around matches; keep only those marks.
  const tmp = document.createElement('div');
  tmp.innerHTML = r.excerpt;
  for (const node of [...tmp.childNodes]) p.append(node.nodeName === 'MARK' ? Object.assign(document.createElement('mark'), { textContent: node.textContent }) : document.createTextNode(node.textContent ?? ''));
  li.append(h, kind, p);
  return li;
}

function showCount() {
  const n = current.hits.length;
  status.textContent = statusText(n, shown, w);
  const label = moreText(n, shown, w);
  more.hidden = label === null;
  if (label !== null) more.textContent = label;
}

async function showSuggestions(q: string, mine: number) {
  const links = await suggestions(q, names, config.templates);
  if (mine !== seq || links.length === 0) return;
  suggestBox.replaceChildren(`${w.didYouMean} `, ...links.flatMap((l, i) => [...(i ? [' · '] : []), Object.assign(document.createElement('a'), { href: l.href, textContent: l.label })]));
  suggestBox.hidden = false;
}

async function run() {
  const q = normalizeQuery(input.value);
  const chosen: Chosen = chosenOnly({ province: province.value, district: district.value, level: level.value });
  const url = new URL(location.href);
  url.search = searchQuery(q, chosen);
  history.replaceState(null, '', url);
  const other = document.querySelector<HTMLAnchorElement>('.lang-switch a');
  if (other) other.setAttribute('href', otherLanguageHref(other.getAttribute('href') ?? '', q));
  const mine = ++seq;
  list.setAttribute('aria-busy', 'true');
  suggestBox.hidden = true;
  try {
    if (!q && Object.keys(chosen).length === 0) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    status.textContent = w.searching;
    const found = await find(await load(), names, config, q, chosen);
    if (mine !== seq) return;
    current = found;
    shown = found.first.length;
    list.replaceChildren(...found.first.map(item));
    showCount();
    if (found.suggest) await showSuggestions(q, mine);
  } catch (e) {
    status.textContent = w.unavailable;
    console.warn(e);
  } finally {
    if (mine === seq) list.removeAttribute('aria-busy');
  }
}

more.addEventListener('click', async () => {
  const mine = seq;
  const next = await results(current.hits.slice(shown, shown + PAGE));
  if (mine !== seq) return;
  const items = next.map(item);
  list.append(...items);
  shown += next.length;
  showCount();
  items[0]?.querySelector('a')?.focus();
});

const start = readSearch(location.search);
input.value = start.q;
province.value = start.province;
district.value = start.district;
level.value = start.level;

let timer: number | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = window.setTimeout(run, 250);
});
province.addEventListener('change', () => { syncDistricts(); void run(); });
district.addEventListener('change', () => void run());
level.addEventListener('change', () => void run());
form.addEventListener('submit', (e) => { e.preventDefault(); void run(); });
syncDistricts();
void run();
