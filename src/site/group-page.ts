/**
 * A group's page (and its printed health card, DESIGN §7) as plain HTML from groupView(): the frame Base.astro draws
 * around it (title, description, breadcrumbs) and the body inside it. GroupPage.astro puts the body in Base; the build
 * writes the national site's group pages from one frame Astro rendered (src/site/group-shell.ts) without Astro's
 * component tree, which was most of the page phase.
 */
import type { Lang } from '../lib/i18n/lang';
import { upperFirst, words } from '../lib/i18n/words';
import { DASH, formatter, percentOf } from '../lib/i18n/format';
import { criteriaName } from '../lib/health/criteria-words';
import type { Criteria } from '../lib/schema/criteria';
import type { GroupProps } from './data';
import { groupView, type GroupView } from './group-view';
import { lastPlanView } from './last-plan-view';
import { groupScoreChart } from './score-chart';
import { type Crumb, href, routes } from './links';
import { districtLabel, placeName, provinceLabel, thaiNameLang } from './names';
import { codeLinksHtml, escapeHtml, icon, levelBadge, phrasesHtml, statusMark } from './markup';
import { INDICATOR_TABLE } from './column-labels';
import { attr, dimensionChartHtml, figuresHtml, followThroughHtml, outcomeHtml, planProgressHtml, printCardHtml, prioritiesHtml, scoreChartHtml } from './group-parts';

/** What Base.astro needs of a group's page: its route, title, description and breadcrumbs. */
export interface GroupFrame {
  route: string;
  title: string;
  description: string;
  crumbs: Crumb[];
}

/** A group's page in a language: the frame Base.astro draws and the body inside it (up to the print foot). */
export function groupPage(props: GroupProps, criteria: Criteria, lang: Lang): { frame: GroupFrame; body: string } {
  const { group } = props;
  const v = groupView(props, criteria, lang);
  const frame: GroupFrame = {
    route: routes.group(group.id),
    title: group.name,
    description: `${group.name} ${v.place} — ${v.summary}`,
    crumbs: [
      { route: routes.province(group.province.code), label: provinceLabel(group.province, lang) },
      { route: routes.district(group.district.code), label: districtLabel(group.district, lang) },
      { label: group.name },
    ],
  };
  return { frame, body: groupBodyHtml(props, criteria, lang, v) };
}

const esc = escapeHtml;

/** An indicator's rule as HTML, made once: the criteria have a few dozen rules, and every group page shows them all. */
const rulesHtml = new Map<string, string>();
const ruleHtml = (rule: string): string => {
  let html = rulesHtml.get(rule);
  if (html === undefined) rulesHtml.set(rule, (html = phrasesHtml(rule)));
  return html;
};

function groupBodyHtml(props: GroupProps, criteria: Criteria, lang: Lang, v: GroupView): string {
  const { group } = props;
  const w = words(lang);
  const f = formatter(lang);
  const latest = v.latest;
  const fy = latest ? f.fy(latest.fiscalYear) : '';
  const nameLang = thaiNameLang(lang);
  const district = districtLabel(group.district, lang);
  const filters = [`type:${w.pageType.group}`, `province:${placeName(group.province, lang)}`, `district:${placeName(group.district, lang)}`, `level:${v.level.word}`];
  const head = `<div data-pagefind-body> <p class="print-only" data-pagefind-ignore><strong>${esc(w.group.printTitle)}</strong></p> <h1 data-pagefind-meta="title"${attr('lang', nameLang)}>${esc(group.name)}</h1> <p class="lead">${esc(w.group.id(group.id))} · ${esc(v.place)}<span class="lead-summary"> — ${esc(v.summary)}</span></p> ${filters.map((x) => `<span${attr('data-pagefind-filter', x)}></span>`).join(' ')} </div>`;
  const status = v.statusNotice ? `<div class="notice"><p>${esc(v.statusNotice)}</p></div>` : '';
  const results = latest ? latestHtml(props, criteria, lang, v, fy) : `<div class="notice"><p>${esc(v.noAuditNotice)}</p></div> ${figuresHtml(v.figures)}`;
  const links = `<p class="no-print"><a${attr('href', href(lang, routes.district(group.district.code)))}>${esc(w.group.otherGroups(district))}</a> · <a${attr('href', href(lang, routes.data))}>${esc(w.group.allData)}</a></p>`;
  return `${head} ${printCardHtml(lang)} ${status} ${results} ${links}`;
}

/** Everything the latest audit says: level, flags, priorities, plan, follow-through, trend, figures, indicators. */
function latestHtml(props: GroupProps, criteria: Criteria, lang: Lang, v: GroupView, fy: string): string {
  const { group } = props;
  const latest = v.latest!;
  const w = words(lang);
  const f = formatter(lang);
  const nameLang = thaiNameLang(lang);
  const methodology = href(lang, routes.methodology);
  const incomplete = latest.incomplete
    ? `<div class="notice"><p><strong>${esc(w.level.incomplete)}:</strong> ${esc(w.group.incompleteWhy(f.int(criteria.incompleteAbovePoints)))}</p></div>`
    : '';
  const flags = v.redFlags.map((flag) => `<div class="flag"><p><strong>${icon('flag')} ${codeLinksHtml(flag.title, lang)}</strong> — ${esc(flag.why)}</p></div>`).join('');
  const cell = (label: string, html: string) => `<td${attr('data-label', label)}${attr('lang', nameLang)}>${html}</td>`;
  const planRows = v.plan
    .map(
      (p) =>
        `<tr> <td class="num plan-order">${esc(p.order)}</td> <th scope="row"><span class="plan-order-inline">${esc(p.order)}. </span>${codeLinksHtml(p.topic, lang, true)}</th> ${cell(upperFirst(w.field.activity), phrasesHtml(p.activity))} ${cell(w.group.planOwner, phrasesHtml(p.owner))} <td${attr('data-label', upperFirst(w.field.due))}>${esc(p.due)}</td> </tr>`,
    )
    .join('');
  const plan =
    v.plan.length === 0
      ? `<p>${esc(w.group.noPlan)}</p>`
      : `<div class="table-scroll print-hide" tabindex="0" role="region"${attr('aria-label', w.group.planTable)}> <table class="stack plan-table"> <caption class="vh">${esc(w.group.planCaption(fy))}</caption> <thead><tr><th scope="col" class="num">${esc(upperFirst(w.field.order))}</th><th scope="col">${esc(upperFirst(w.field.topic))}</th><th scope="col">${esc(upperFirst(w.field.activity))}</th><th scope="col">${esc(w.group.planOwner)}</th><th scope="col">${esc(upperFirst(w.field.due))}</th></tr></thead> <tbody> ${planRows} </tbody> </table> </div>`;
  const lastPlan = lastPlanView(group, criteria, lang);
  const lastPlanRows = lastPlan
    ? `<div class="table-scroll print-hide" tabindex="0" role="region"${attr('aria-label', w.lastPlan.table)}> <table class="stack plan-table"> <caption class="vh">${esc(lastPlan.caption)}</caption> <thead><tr><th scope="col">${esc(upperFirst(w.field.topic))}</th><th scope="col">${esc(upperFirst(w.field.activity))}</th><th scope="col">${esc(w.group.planOwner)}</th><th scope="col">${esc(upperFirst(w.field.due))}</th><th scope="col">${esc(w.followThroughView.outcome)}</th></tr></thead> <tbody> ${lastPlan.rows
        .map(
          (p) =>
            `<tr> <th scope="row">${codeLinksHtml(p.topic, lang, true)}</th> ${cell(upperFirst(w.field.activity), phrasesHtml(p.activity))} ${cell(w.group.planOwner, phrasesHtml(p.owner))} <td${attr('data-label', upperFirst(w.field.due))}>${esc(p.due)}</td> <td${attr('data-label', w.followThroughView.outcome)}>${
              p.outcomes.length === 0 ? esc(DASH) : p.outcomes.map((o, i) => `${i > 0 ? ' · ' : ''}<a${attr('href', href(lang, o.route))}>${esc(o.code)}</a> ${outcomeHtml(o.status)}`).join('')
            }</td> </tr>`,
        )
        .join('')} </tbody> </table> </div>`
    : '';
  const chart = groupScoreChart(v.trend, criteria, lang);
  const trendRows = v.trend
    .map(
      (t) =>
        `<tr> <th scope="row">${esc(f.fy(t.fiscalYear, 'short'))}</th> <td class="bare"${attr('data-label', w.level.heading)}>${levelBadge(t.level, lang, { withNumber: false })}</td> <td class="num"${attr('data-label', w.group.score)}>${esc(f.score(t.score))}</td> <td class="num"${attr('data-label', w.group.change)}>${
          t.change === null ? '–' : `<span>${t.arrow ? `<span aria-hidden="true">${esc(t.arrow)} </span>` : ''}${esc(t.change)}</span>`
        }</td> </tr>`,
    )
    .join('');
  const dimensions = v.dimensions
    .map((d) => `<tr><th scope="row">${esc(d.name)}</th><td class="num">${esc(f.int(d.points))}</td><td class="num">${esc(f.int(d.max))}</td><td class="num">${esc(f.percent(d.percent))}</td></tr>`)
    .join('');
  const dimensionChart = dimensionChartHtml(
    v.dimensions.map((d) => d.name),
    v.dimensions.map((d) => (d.percent === null ? 0 : Number(percentOf(d.percent).toFixed(1)))),
    w.group.chartLabel,
    w.group.chartAxis,
  );
  const cards = `<section class="card-cols"> <section> <h2>${esc(w.group.trend)}</h2> ${scoreChartHtml(chart, w.group.trendChartLabel)} <div class="table-scroll"> <table class="stack compact trend-table"> <caption class="vh-screen">${esc(w.group.trendCaption)}</caption> <thead><tr><th scope="col">${esc(w.group.fiscalYear)}</th><th scope="col">${esc(w.level.heading)}</th><th scope="col" class="num">${esc(w.group.score)}</th><th scope="col" class="num">${esc(w.group.change)}</th></tr></thead> <tbody> ${trendRows} </tbody> </table> </div> </section> <section> <details class="fold"> <summary>${esc(w.group.dimensionsCaption(fy))}</summary> ${dimensionChart} <div class="table-scroll"> <table> <caption class="vh-screen">${esc(w.group.dimensionsCaption(fy))}</caption> <thead><tr><th scope="col">${esc(w.group.dimension)}</th><th scope="col" class="num">${esc(w.group.score)}</th><th scope="col" class="num">${esc(w.group.full)}</th><th scope="col" class="num">${esc(w.group.percent)}</th></tr></thead> <tbody> ${dimensions} </tbody> </table> </div> </details> </section> </section>`;
  const fullPlan = v.plan.length
    ? `<details class="fold"> <summary>${esc(w.group.planFull)}</summary> <div class="table-scroll" tabindex="0" role="region"${attr('aria-label', w.group.planTable)}> <table class="stack plan-table"> <caption class="vh-screen">${esc(w.group.planCaption(fy))}</caption> <thead><tr><th scope="col" class="num">${esc(upperFirst(w.field.order))}</th><th scope="col">${esc(upperFirst(w.field.topic))}</th><th scope="col">${esc(upperFirst(w.field.cause))}</th><th scope="col">${esc(upperFirst(w.field.approach))}</th><th scope="col">${esc(upperFirst(w.field.activity))}</th><th scope="col">${esc(w.group.planOwner)}</th><th scope="col">${esc(upperFirst(w.field.due))}</th></tr></thead> <tbody> ${v.plan
        .map(
          (p) =>
            `<tr> <td class="num plan-order">${esc(p.order)}</td> <th scope="row"><span class="plan-order-inline">${esc(p.order)}. </span>${codeLinksHtml(p.topic, lang, true)}</th> ${cell(upperFirst(w.field.cause), phrasesHtml(p.cause))}${cell(upperFirst(w.field.approach), phrasesHtml(p.approach))}${cell(upperFirst(w.field.activity), phrasesHtml(p.activity))}${cell(w.group.planOwner, phrasesHtml(p.owner))} <td${attr('data-label', upperFirst(w.field.due))}>${esc(p.due)}</td> </tr>`,
        )
        .join('')} </tbody> </table> </div> </details>`
    : '';
  const progress = latest.plan.length ? `<details class="fold print-hide"> <summary>${esc(w.planProgress.heading)}</summary> ${planProgressHtml(group, lang)} </details>` : '';
  const indicatorRows = v.indicators
    .map(
      (r) =>
        `<tr${attr('class', r.failed ? 'is-fail' : undefined)}> <th scope="row"><a${attr('href', href(lang, routes.indicator(r.code)))}>${esc(r.code)} ${esc(r.name)}</a></th> <td class="num">${esc(r.value)}</td> <td class="hint print-hide">${ruleHtml(r.rule)}</td> <td class="num">${esc(r.points)}</td> <td>${statusMark(r.status.css, lang)}</td> <td class="num">${esc(r.districtMedian)}</td> <td class="num">${esc(r.provinceMedian)}</td> </tr>`,
    )
    .join('');
  const indicators = `<details class="fold" id="indicators"> <summary>${esc(w.group.indicatorsFold(f.int(v.indicators.length)))}</summary> <div class="table-scroll" tabindex="0" role="region"${attr('aria-label', w.group.indicatorsTable)}> <table class="stack ${INDICATOR_TABLE}"> <caption>${esc(w.group.indicatorsCaption(fy))}</caption> <thead><tr> <th scope="col">${esc(w.group.indicator)}</th><th scope="col" class="num">${esc(w.group.value)}</th><th scope="col" class="print-hide">${esc(w.group.rule)}</th><th scope="col" class="num">${esc(w.group.points)}</th><th scope="col">${esc(w.group.result)}</th> <th scope="col" class="num">${esc(w.group.districtMedian)}</th><th scope="col" class="num">${esc(w.group.provinceMedian)}</th> </tr></thead> <tbody> ${indicatorRows} </tbody> </table> </div> <p class="hint print-hide">${esc(w.group.mediansNote)} <a${attr('href', methodology)}>${esc(w.nav.methodology)}</a></p> </details>`;
  const level = `<div class="level-big"> ${levelBadge(latest.level, lang)} <span class="score">${esc(latest.score !== null ? w.common.points(f.score(latest.score)) : w.common.noScore)}</span> <span>${esc(fy)} · ${esc(w.group.auditedOn(f.date(latest.date)))} · ${esc(w.group.criteria)} <a${attr('href', methodology)}>${esc(criteriaName(criteria, lang))}</a></span> </div>`;
  return `<h2 class="vh">${esc(w.group.latest)}</h2> ${level} ${incomplete} ${flags} <h2>${esc(w.group.priorities)}</h2> ${prioritiesHtml(v.priorities, lang, 3)}  <h2${attr('class', v.plan.length > 0 ? 'print-hide' : undefined)}>${esc(w.group.planCaption(fy))}</h2> ${plan} ${followThroughHtml(group, criteria, lang, lastPlan?.heading, lastPlanRows)} ${cards} <h2>${esc(w.group.details)}</h2> ${figuresHtml(v.figures)} ${fullPlan} ${progress} ${indicators}`;
}
