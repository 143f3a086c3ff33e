/**
 * The parts of a group's page that were small Astro components (print button, key figures, priorities, the last
 * plan's follow-through, plan progress, score chart, dimension chart), as plain functions returning HTML: a group page
 * is 97 % of a national site, and Astro's component tree was most of its cost. Text is escaped as Astro escapes it
 * (src/site/markup.ts), and the whitespace is what Astro's compressed templates wrote. Their scripts are bundled by
 * src/components/GroupScripts.astro.
 */
import type { Lang } from '../lib/i18n/lang';
import { upperFirst, words } from '../lib/i18n/words';
import { formatter } from '../lib/i18n/format';
import type { Criteria } from '../lib/schema/criteria';
import type { Group } from '../lib/schema/dataset';
import { codeLinksHtml, escapeAttribute, escapeHtml, phrasesHtml } from './markup';
import type { GroupView } from './group-view';
import { lessonsFor } from './lessons-view';
import { groupFollowThrough } from './followthrough-view';
import type { ScoreChart } from './score-chart';
import { href, routes } from './links';
import { thaiNameLang } from './names';

/** ` name="value"` as Astro writes an attribute; nothing for undefined or null. */
export const attr = (name: string, value: string | number | null | undefined): string =>
  value === undefined || value === null ? '' : ` ${name}="${escapeAttribute(String(value))}"`;

/** "Print the health card": a link styled as a button (it prints with src/scripts/print-card.ts), and how without. */
export function printCardHtml(lang: Lang): string {
  const w = words(lang).group;
  return `<p class="print-card no-print"> <a class="button" href="#print-help" data-print-card>${escapeHtml(w.printCard)}</a> <span id="print-help" class="hint">${escapeHtml(w.printHelp)}</span> </p>`;
}

/** The key figures (status, founding, members, savings, loans, reserve) as a description list. */
export function figuresHtml(figures: GroupView['figures']): string {
  const item = (x: GroupView['figures'][number]) =>
    `<div><dt>${escapeHtml(x.label)}</dt><dd>${x.small ? `<small>${escapeHtml(x.value)}</small>` : escapeHtml(x.value)}${x.unit ? ` <small>${escapeHtml(x.unit)}</small>` : ''}</dd></div>`;
  return `<dl class="figures"> ${figures.map(item).join('')} </dl>`;
}

/** Priorities as list items: each linked to its indicator, the points it lost (and a raised red flag), its KM articles. */
function priorityItemsHtml(items: GroupView['priorities'], lang: Lang): string {
  const w = words(lang);
  return items
    .map((p) => {
      const lessons = lessonsFor(p.code, lang);
      const lost = p.lost ? `<span class="hint">(${escapeHtml(p.lost)}${escapeHtml(p.redFlag ? ` · ${w.group.redFlagRaised}` : '')})</span>` : '';
      const list = lessons.length
        ? `<div class="lessons"> <span class="lessons-label">${escapeHtml(w.lessons.label)}:</span> <ul> ${lessons
            .map((l) => `<li><a${attr('href', href(lang, l.route))}${attr('lang', l.lang)}>${escapeHtml(l.title)}</a> <span class="hint lesson-meta">${escapeHtml(l.meta)}</span></li>`)
            .join('')} </ul> </div>`
        : '';
      return `<li> <a${attr('href', href(lang, routes.indicator(p.code)))}>${escapeHtml(`${p.code} ${p.name}`)}</a> ${lost} ${list} </li>`;
    })
    .join('');
}

/** What to fix first: the first `first`, the rest folded under one line (opened in print); all passed says so. */
export function prioritiesHtml(priorities: GroupView['priorities'], lang: Lang, first: number): string {
  const w = words(lang);
  if (priorities.length === 0) return `<p>${escapeHtml(w.group.allPassed)}</p>`;
  const folded = priorities.slice(first);
  const more = folded.length
    ? `<details class="fold"> <summary>${escapeHtml(w.group.morePriorities(formatter(lang).int(folded.length)))}</summary> <ol class="priorities"${attr('start', first + 1)}>${priorityItemsHtml(folded, lang)}</ol> </details>`
    : '';
  return ` <ol class="priorities">${priorityItemsHtml(priorities.slice(0, first), lang)}</ol> ${more} `;
}

/**
 * What became of the plan of the year before (issue 13): the line, the sentence that it describes what happened and
 * not why, `rows` (the plan's own rows) and, folded, each indicator that lost points then. '' when not audited then.
 */
export function followThroughHtml(group: Group, criteria: Criteria, lang: Lang, heading: string | undefined, rows: string): string {
  const ft = groupFollowThrough(group, criteria, lang);
  if (!ft) return '';
  const w = words(lang);
  const v = w.followThroughView;
  const table = ft.rows.length
    ? `<details class="fold print-hide"> <summary>${escapeHtml(v.lostLastYear)}</summary> <div class="table-scroll" tabindex="0" role="region"${attr('aria-label', v.groupTable)}> <table class="stack"> <caption class="vh">${escapeHtml(ft.caption)}</caption> <thead><tr> <th scope="col">${escapeHtml(w.group.indicator)}</th><th scope="col" class="num">${escapeHtml(v.points(ft.firstYear))}</th><th scope="col" class="num">${escapeHtml(v.points(ft.secondYear))}</th> <th scope="col">${escapeHtml(v.outcome)}</th><th scope="col">${escapeHtml(v.inPlan)}</th> </tr></thead> <tbody> ${ft.rows
        .map(
          (r) =>
            `<tr> <th scope="row"><a${attr('href', href(lang, r.route))}>${escapeHtml(`${r.code} ${r.name}`)}</a></th> <td class="num"${attr('data-label', v.points(ft.firstYear))}>${escapeHtml(r.first)}</td> <td class="num"${attr('data-label', v.points(ft.secondYear))}>${escapeHtml(r.second)}</td> <td${attr('data-label', v.outcome)}>${outcomeHtml(r.status)}</td> <td${attr('data-label', v.inPlan)}>${escapeHtml(r.planned)}</td> </tr>`,
        )
        .join('')} </tbody> </table> </div> </details>`
    : '';
  return `<section class="followthrough" aria-labelledby="followthrough-heading"> <h2 id="followthrough-heading">${escapeHtml(heading ?? ft.heading)}</h2> <p class="followthrough-line"><strong>${escapeHtml(ft.line)}</strong> <span class="followthrough-note">${escapeHtml(v.notCause)}</span></p> ${rows} ${table} </section>`;
}

/** An outcome of last year's plan as its sign and word: "✔ fixed". */
export function outcomeHtml(status: { css: string; icon: string; word: string }): string {
  return `<span${attr('class', `outcome outcome--${status.css}`)}><span aria-hidden="true">${escapeHtml(status.icon)}</span> ${escapeHtml(status.word)}</span>`;
}

/** Each row of the latest plan with its progress as the group reports it (issue 21); '' with no plan. Not printed. */
export function planProgressHtml(group: Group, lang: Lang): string {
  const w = words(lang);
  const p = w.planProgress;
  const f = formatter(lang);
  const latest = group.audits[group.audits.length - 1];
  const plan = latest?.plan ?? [];
  if (!latest || plan.length === 0) return '';
  const nameLang = thaiNameLang(lang);
  const rows = plan
    .map(
      (row) =>
        `<tr> <th scope="row">${codeLinksHtml(row.topic, lang, true)}</th> <td${attr('data-label', p.activity)}${attr('lang', nameLang)}>${phrasesHtml(row.activity ?? '')}</td> <td${attr('data-label', w.field.due)}>${escapeHtml(f.date(row.due, 'short'))}</td> <td${attr('data-label', w.field.progress)}><strong>${escapeHtml(row.progress ? p.status[row.progress.status] : p.notRecorded)}</strong></td> <td${attr('data-label', p.followedUp)}>${escapeHtml(f.date(row.progress?.date, 'short'))}</td> <td${attr('data-label', p.note)}${attr('lang', nameLang)}>${escapeHtml(row.progress?.note ?? '')}</td> </tr>`,
    )
    .join('');
  return `<section class="plan-progress print-hide" aria-labelledby="plan-progress-heading"> <h2 id="plan-progress-heading">${escapeHtml(p.heading)}</h2> <p class="hint">${escapeHtml(p.reported)}</p> <div class="table-scroll" tabindex="0" role="region"${attr('aria-label', p.table)}> <table class="stack"> <caption>${escapeHtml(p.caption(` ${f.fy(latest.fiscalYear)}`))}</caption> <thead><tr> <th scope="col">${escapeHtml(upperFirst(w.field.topic))}</th><th scope="col">${escapeHtml(upperFirst(p.activity))}</th><th scope="col">${escapeHtml(upperFirst(w.field.due))}</th> <th scope="col">${escapeHtml(upperFirst(w.field.progress))}</th><th scope="col">${escapeHtml(upperFirst(p.followedUp))}</th><th scope="col">${escapeHtml(upperFirst(p.note))}</th> </tr></thead> <tbody> ${rows} </tbody> </table> </div> </section>`;
}

/**
 * The score over the years as a small SVG line chart drawn at build time (no script), the level thresholds dashed;
 * hidden from print (the table beside it has the numbers). `chart` is scoreChart()'s geometry (src/site/score-chart.ts).
 */
export function scoreChartHtml(chart: ScoreChart, label: string): string {
  const bands = chart.bands
    .map((b) => `<g class="score-chart__band"> <line${attr('x1', chart.x0)}${attr('x2', chart.x1)}${attr('y1', b.y)}${attr('y2', b.y)}></line> <text${attr('x', chart.x0 - 6)}${attr('y', b.y + 4)} text-anchor="end">${escapeHtml(b.label)}</text> </g>`)
    .join('');
  const points = chart.points
    .map((p) => `<g class="score-chart__point"> <circle${attr('cx', p.x)}${attr('cy', p.y)} r="4.5"></circle> <text${attr('x', p.x)}${attr('y', p.y - 9)} text-anchor="middle">${escapeHtml(p.label)}</text> </g>`)
    .join('');
  const years = chart.years.map((y) => `<text class="score-chart__year"${attr('x', y.x)}${attr('y', chart.height - 8)} text-anchor="middle">${escapeHtml(y.label)}</text>`).join('');
  const axis = `<line class="score-chart__axis"${attr('x1', chart.x0)}${attr('x2', chart.x1)}${attr('y1', chart.height - 26)}${attr('y2', chart.height - 26)}></line>`;
  const line = chart.path ? `<path class="score-chart__line"${attr('d', chart.path)}></path>` : '';
  return `<svg class="score-chart no-print"${attr('viewBox', `0 0 ${chart.width} ${chart.height}`)}${attr('width', chart.width)}${attr('height', chart.height)} role="img"${attr('aria-label', label)}> ${bands} ${axis} ${line} ${points} ${years} </svg>`;
}

/**
 * Dimension scores as a horizontal bar chart, drawn by Chart.js (src/scripts/dimension-chart.ts) from the canvas's
 * data; the same numbers are always in a table beside it. values: percent of each dimension's full points.
 */
export function dimensionChartHtml(labels: string[], values: number[], label: string, axis: string): string {
  return `<div class="chart no-print"> <canvas${attr('data-chart', JSON.stringify({ labels, values, axis }))} role="img"${attr('aria-label', label)}></canvas> </div>`;
}
