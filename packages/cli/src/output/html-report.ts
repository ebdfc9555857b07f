/**
 * `--html <file>`: the month's report for the manager, one self-contained page (no network: no external
 * script, style, font or image; a Content-Security-Policy in the page forbids any). The page's numbers come
 * from `ReportModel` (view/report.ts), which takes them from the audit; this file only lays them out.
 *
 * Charts: Chart.js, whose UMD bundle (about 200 KB) is inlined. It is a maintained, widely used chart
 * library; the browser draws each chart from the numbers embedded in the page, with readable axes, CJK
 * labels in the system's fonts and printing to A4 built in — which hand-drawn SVG would have to re-create
 * and a server-side renderer (a headless canvas, or vega) would add native or heavy dependencies for.
 * Every chart stands beside a table or list with the same numbers, so a page printed or read without
 * scripts still says everything.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Lang } from '../context.js';
import type { Directory } from '../view/directory.js';
import { ReportCollector, type ReportModel } from '../view/report.js';
import type { Exporter } from './exports.js';

/** Chart.js's browser bundle: the package exports only its module entries, so it is found beside them. */
async function chartJsBundle(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve('chart.js');
  return readFile(join(dirname(entry), 'chart.umd.min.js'), 'utf8');
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** JSON inside a <script> element: `<` escaped so that no string can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

type Words = Readonly<Record<string, string>>;

const WORDS: Readonly<Record<Lang, Words>> = {
  en: {
    title: 'Customer-service audit',
    month: 'Month',
    source: 'Event log',
    asOf: 'As of',
    events: 'Events',
    lines: 'Lines read',
    rejected: 'Rejected lines',
    glance: 'The month at a glance',
    byPolicy: 'Findings by policy',
    byDay: 'Breaches by due day',
    undated: 'Breaches without a due day (e.g. rings before answering), not in the chart: ',
    topBreaches: 'Most breaches',
    topDeductions: 'Largest deductions (yuan)',
    ledger: 'Monthly ledger',
    amounts: 'amounts in yuan',
    total: 'Total',
    breached: 'Breached obligations',
    more: 'more; the workbook (--xlsx) and --json list them all.',
    none: 'No breach.',
    policy: 'Policy',
    person: 'Person',
    breaches: 'Breaches',
    ownFines: 'Own fines',
    jointFines: 'Joint liability (head)',
    wageDeductions: 'Wage',
    bonusDeductions: 'Bonus',
    charges: 'Charges',
    due: 'due',
    lineNos: 'lines',
    made: 'Made by kefu from the audit’s own figures.',
  },
  zh: {
    title: '客服审计月报',
    month: '月份',
    source: '事件日志',
    asOf: '评估时点',
    events: '事件时间',
    lines: '读取行数',
    rejected: '被拒绝的行',
    glance: '本月概览',
    byPolicy: '各制度结论',
    byDay: '每日违规（按期限日）',
    undated: '无期限日的违规（如接听响铃次数），未计入图中：',
    topBreaches: '违规最多的人员',
    topDeductions: '扣款最多的人员（元）',
    ledger: '月度处罚台账',
    amounts: '金额单位：元',
    total: '合计',
    breached: '违规事项',
    more: '条未列出；工作簿（--xlsx）与 --json 中有全部。',
    none: '没有违规。',
    policy: '制度',
    person: '人员',
    breaches: '违规数',
    ownFines: '本人罚款',
    jointFines: '主管连带',
    wageDeductions: '扣工资',
    bonusDeductions: '扣奖金',
    charges: '个人费用',
    due: '期限',
    lineNos: '行',
    made: '由 kefu 根据审计结果生成。',
  },
};

const STATUS_COLOURS: Readonly<Record<string, string>> = {
  breached: '#c0392b',
  'at-risk': '#d68910',
  pending: '#2e86c1',
  met: '#229954',
  'not-applicable': '#95a5a6',
  computed: '#7d3c98',
};

const STYLE = `
:root { color-scheme: light; --ink: #1c2833; --muted: #5d6d7e; --line: #d5d8dc; --bad: #c0392b; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px; color: var(--ink); background: #fff;
  font: 14px/1.5 system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
    "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; }
main { max-width: 1100px; margin: 0 auto; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 15px; margin: 0 0 8px; }
.meta { color: var(--muted); margin: 0; }
.kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(120px, 1fr)); gap: 10px; margin-top: 16px; }
.kpi { border: 1px solid var(--line); border-left: 6px solid var(--c, var(--muted)); border-radius: 6px; padding: 8px 12px; }
.kpi b { display: block; font-size: 26px; line-height: 1.2; }
.kpi span { color: var(--muted); font-size: 13px; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 20px; }
.panel { break-inside: avoid; }
.chart { position: relative; height: 240px; }
table { border-collapse: collapse; width: 100%; font-size: 12.5px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f4f6f7; font-weight: 600; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tfoot td { font-weight: 700; border-top: 2px solid var(--ink); }
.marks { color: var(--bad); }
.nowrap { white-space: nowrap; }
tr.sub td { border-bottom: 1px solid var(--line); padding-top: 0; }
tr:has(+ tr.sub) td { border-bottom: none; }
.sources { color: var(--muted); font-size: 12px; }
ol.breached { padding-left: 20px; margin: 0; }
ol.breached li { margin: 0 0 10px; break-inside: avoid; }
.rule { font-weight: 600; }
.clause { color: var(--muted); }
.sanction { color: var(--bad); }
.note { color: var(--muted); }
footer { margin-top: 28px; color: var(--muted); font-size: 12px; }
@page { size: A4; margin: 12mm; }
@media print {
  body { padding: 0; font-size: 11px; }
  main { max-width: none; }
  h2 { break-after: avoid; }
  .chart { height: 200px; }
  table { font-size: 10px; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
}
@media (max-width: 760px) { .grid { grid-template-columns: 1fr; } }
`;

function kpis(m: ReportModel, w: Words): string {
  const cards = m.statuses
    .filter((s) => s.count > 0 || s.key === 'breached')
    .map(
      (s) =>
        `<div class="kpi" style="--c:${STATUS_COLOURS[s.key] ?? '#5d6d7e'}"><b data-kefu-status="${esc(s.key)}">${s.count}</b><span>${esc(s.label)}</span></div>`,
    );
  cards.push(
    `<div class="kpi"><b data-kefu-summary="lines">${m.summary.lines}</b><span>${esc(w.lines ?? '')}</span></div>`,
    `<div class="kpi" style="--c:${m.summary.rejected > 0 ? '#c0392b' : '#5d6d7e'}"><b data-kefu-summary="rejected">${m.summary.rejected}</b><span>${esc(w.rejected ?? '')}</span></div>`,
  );
  return `<div class="kpis">${cards.join('')}</div>`;
}

function policyTable(m: ReportModel, w: Words): string {
  const shown = m.statuses.filter((s) => m.byPolicy.some((p) => (p.counts[s.key] ?? 0) > 0));
  const head = `<tr><th>${esc(w.policy ?? '')}</th>${shown.map((s) => `<th class="n">${esc(s.label)}</th>`).join('')}</tr>`;
  const body = m.byPolicy
    .map(
      (p) =>
        `<tr><td>${esc(p.policy)}</td>${shown
          .map(
            (s) =>
              `<td class="n" data-kefu-policy="${esc(p.policy)}" data-kefu-key="${esc(s.key)}">${p.counts[s.key] ?? 0}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('');
  return `<table><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

function barList(bars: readonly { label: string; value: number }[], header: readonly [string, string]): string {
  const rows = bars.map((b) => `<tr><td>${esc(b.label)}</td><td class="n">${b.value}</td></tr>`).join('');
  return `<table><thead><tr><th>${esc(header[0])}</th><th class="n">${esc(header[1])}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function ledgerTable(m: ReportModel, w: Words): string {
  const numeric = (kind: string) => kind !== 'text' && kind !== 'month';
  const cols = m.ledgerColumns;
  const head = cols.map((c) => `<th class="${numeric(c.kind) ? 'n' : ''}">${esc(c.header)}</th>`).join('');
  const body = m.ledgerRows
    .map((r) => {
      const cells = cols
        .map((c) => {
          const cls = numeric(c.kind) ? 'n' : c.key === 'marks' ? 'marks' : 'nowrap';
          return `<td class="${cls}">${esc(r[c.key] ?? '')}</td>`;
        })
        .join('');
      // Where carried bonus amounts come from: a line of its own under the row, across the table.
      const sources = r.sources
        ? `<tr class="sub"><td></td><td colspan="${cols.length - 1}" class="sources">${esc(r.sources)}</td></tr>`
        : '';
      return `<tr>${cells}</tr>${sources}`;
    })
    .join('');
  const foot = cols
    .map((c, i) => {
      const total = m.ledgerTotals[c.key];
      if (total === undefined) return `<td>${i === 0 ? esc(w.total ?? '') : ''}</td>`;
      const text =
        c.kind === 'money' ? total.toFixed(2) : c.kind === 'signed-points' && total > 0 ? `+${total}` : String(total);
      return `<td class="n" data-kefu-total="${esc(c.key)}">${esc(text.replace('-', '\u2212'))}</td>`;
    })
    .join('');
  return `<table class="ledger"><thead><tr>${head}</tr></thead><tbody>${body}</tbody><tfoot><tr>${foot}</tr></tfoot></table>`;
}

function breachedList(m: ReportModel, w: Words): string {
  if (m.breachedTotal === 0) return `<p class="note">${esc(w.none ?? '')}</p>`;
  const items = m.breached
    .map(
      (b) =>
        `<li data-kefu-breached><span class="rule">${esc(b.ruleId)}</span>${b.title ? ` ${esc(b.title)}` : ''} <span class="clause">（${esc(b.clause)}）</span><br>` +
        `${b.who ? `${esc(b.who)} · ` : ''}${b.dueAt ? `${esc(w.due ?? '')} ${esc(b.dueAt)} · ` : ''}${esc(w.lineNos ?? '')} ${esc(b.lines)}<br>` +
        `${esc(b.explanation)}${b.sanctions.length > 0 ? `<br><span class="sanction">${b.sanctions.map(esc).join('；')}</span>` : ''}</li>`,
    )
    .join('');
  const more = m.breachedTotal - m.breached.length;
  return `<ol class="breached">${items}</ol>${more > 0 ? `<p class="note">… ${more} ${esc(w.more ?? '')}</p>` : ''}`;
}

/** What the charts draw, embedded as JSON for the inline script. */
function chartData(m: ReportModel, w: Words) {
  const policyStatuses = m.statuses.filter(
    (s) =>
      // The open and broken obligations only: beside thousands met, a policy's few breaches would not show.
      // (The table under the chart has every status.)
      ['breached', 'at-risk', 'pending'].includes(s.key) && m.byPolicy.some((p) => (p.counts[s.key] ?? 0) > 0),
  );
  return {
    byPolicy: {
      labels: m.byPolicy.map((p) => p.policy),
      datasets: policyStatuses.map((s) => ({
        label: s.label,
        data: m.byPolicy.map((p) => p.counts[s.key] ?? 0),
        backgroundColor: STATUS_COLOURS[s.key],
      })),
    },
    byDay: {
      labels: m.byDay.map((d) => d.label.slice(5)),
      datasets: [{ label: w.breaches, data: m.byDay.map((d) => d.value), backgroundColor: STATUS_COLOURS.breached }],
    },
    topBreaches: {
      labels: m.topBreaches.map((b) => b.label),
      datasets: [
        { label: w.breaches, data: m.topBreaches.map((b) => b.value), backgroundColor: STATUS_COLOURS.breached },
      ],
    },
    topDeductions: {
      labels: m.topDeductions.map((b) => b.label),
      datasets: (
        [
          ['ownFines', '#c0392b'],
          ['jointFines', '#e59866'],
          ['wageDeductions', '#7d3c98'],
          ['bonusDeductions', '#2e86c1'],
          ['charges', '#7f8c8d'],
        ] as const
      )
        .filter(([key]) => m.topDeductions.some((b) => b[key] > 0))
        .map(([key, colour]) => ({ label: w[key], data: m.topDeductions.map((b) => b[key]), backgroundColor: colour })),
    },
  };
}

/** Draws each chart once, without animation (a printed page or a screenshot shows the finished chart). */
const DRAW = `
(function () {
  var data = JSON.parse(document.getElementById('kefu-data').textContent);
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  var specs = {
    byPolicy: { type: 'bar', stacked: true, horizontal: false },
    byDay: { type: 'bar', stacked: false, horizontal: false },
    topBreaches: { type: 'bar', stacked: false, horizontal: true },
    topDeductions: { type: 'bar', stacked: true, horizontal: true }
  };
  var drawn = 0;
  Object.keys(specs).forEach(function (id) {
    var canvas = document.getElementById('chart-' + id);
    if (!canvas || data[id].labels.length === 0) return;
    var s = specs[id];
    new Chart(canvas, {
      type: s.type,
      data: data[id],
      options: {
        indexAxis: s.horizontal ? 'y' : 'x',
        plugins: { legend: { display: data[id].datasets.length > 1, position: 'bottom' } },
        // Every name on the category axis: a skipped label would leave a bar nobody can put a name to.
        scales: {
          x: { stacked: s.stacked, beginAtZero: true, ticks: { autoSkip: s.horizontal, precision: 0 } },
          y: { stacked: s.stacked, beginAtZero: true, ticks: { autoSkip: !s.horizontal, precision: 0 } }
        }
      }
    });
    drawn += 1;
  });
  document.documentElement.setAttribute('data-kefu-charts', String(drawn));
})();
`;

function renderReport(m: ReportModel, chartJs: string): string {
  const w = WORDS[m.lang];
  const month = m.months.length > 0 ? m.months.join(', ') : '';
  const title = [m.organisation, w.title, month].filter(Boolean).join(' · ');
  const period = m.summary.from && m.summary.to ? `${m.summary.from.slice(0, 10)} – ${m.summary.to.slice(0, 10)}` : '';
  const meta = [
    `${w.source}: ${m.source}`,
    m.summary.asOf ? `${w.asOf}: ${m.summary.asOf.slice(0, 16).replace('T', ' ')}` : '',
    period ? `${w.events}: ${period}` : '',
  ].filter(Boolean);
  const chart = (id: string, heading: string, table: string) =>
    `<section class="panel"><h3>${esc(heading)}</h3><div class="chart"><canvas id="chart-${id}" role="img" aria-label="${esc(heading)}"></canvas></div>${table}</section>`;
  return `<!doctype html>
<html lang="${m.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header><h1>${esc(title)}</h1><p class="meta">${meta.map(esc).join(' · ')}</p></header>
<h2>${esc(w.glance ?? '')}</h2>
${kpis(m, w)}
<div class="grid" style="margin-top:16px">
${chart('byPolicy', w.byPolicy ?? '', policyTable(m, w))}
${chart('byDay', w.byDay ?? '', m.undated > 0 ? `<p class="note">${esc(w.undated ?? '')}<span data-kefu-undated>${m.undated}</span></p>` : '')}
${chart('topBreaches', w.topBreaches ?? '', barList(m.topBreaches, [w.person ?? '', w.breaches ?? '']))}
${chart(
  'topDeductions',
  w.topDeductions ?? '',
  barList(
    m.topDeductions.map((b) => ({ label: b.label, value: b.total })),
    [w.person ?? '', w.total ?? ''],
  ),
)}
</div>
<h2>${esc(w.ledger ?? '')} <small class="note">(${esc(w.amounts ?? '')})</small></h2>
${ledgerTable(m, w)}
<h2>${esc(w.breached ?? '')} (<span data-kefu-breached-total>${m.breachedTotal}</span>)</h2>
${breachedList(m, w)}
<footer>${esc(w.made ?? '')}</footer>
</main>
<script type="application/json" id="kefu-data">${scriptJson(chartData(m, w))}</script>
<script>${chartJs.replace(/<\/script/gi, '<\\/script')}</script>
<script>${DRAW}</script>
</body>
</html>
`;
}

export async function htmlExporter(file: string, lang: Lang, dir: Directory, source: string): Promise<Exporter> {
  const { getRule } = await import('@kefu/rules');
  const collector = new ReportCollector(lang, dir, (id) => getRule(id)?.title[lang] ?? '');
  return {
    finding: (f) => collector.add(f),
    async finish({ summary, ledger }) {
      const model = collector.build(summary, ledger, source);
      await writeFile(file, renderReport(model, await chartJsBundle()));
    },
  };
}
