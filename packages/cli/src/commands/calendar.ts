/**
 * `kefu calendar [<year>] [--month <m>]`: the working-day calendar with holidays and make-up days marked;
 * without a year, which years are known and where the calendar ends. `kefu calendar check <file>`: a
 * calendar file (years added from the State Council's notice) checked before anyone relies on it.
 */
import type { CalendarFileCheck, CalendarOutcome, KefuError } from '@kefu/rules';
import { Command } from 'commander';
import { CliError, fromKefuError } from '../errors.js';
import type { Say } from '../help.js';
import { readConfig, readJsonFile } from '../input.js';
import { calendarOption, ctxOf, type GlobalOptions, type RunState } from '../options.js';
import { printJson } from '../output/json.js';
import { present } from '../output/present.js';
import { type Block, section } from '../view/blocks.js';
import { holidaysTable, monthBlock } from '../view/calendar.js';

interface CalendarCommandOptions extends GlobalOptions {
  readonly month?: string;
  readonly config?: string;
  readonly calendar?: string;
  readonly json?: boolean;
}

function whole(text: string, name: string): number {
  if (!/^\d+$/.test(text)) throw new CliError(`${name}: expected a whole number, got "${text}"`);
  return Number(text);
}

function unwrap<T>(outcome: CalendarOutcome<T>): T {
  if (outcome.ok) return outcome.result;
  const error: KefuError = outcome.error;
  throw fromKefuError(error, (path) => {
    const [root, ...rest] = path;
    if (root === 'year') return '<year>';
    if (root === 'month') return '--month';
    return root === 'config' ? `--config ${rest.join('.')}`.trim() : path.join('.');
  });
}

async function run(
  yearText: string | undefined,
  file: string | undefined,
  options: CalendarCommandOptions,
  state: RunState,
): Promise<void> {
  state.json = options.json === true;
  if (yearText === 'check') return check(file, options);
  if (file !== undefined)
    throw new CliError(`unexpected argument "${file}" (only \`kefu calendar check <file>\` takes a file)`);
  const config = await readConfig(options.config, options.calendar);
  if (yearText === undefined) return coverage(config, options);
  const year = whole(yearText, '<year>');
  const month = options.month === undefined ? undefined : whole(options.month, '--month');
  const { holidaysOf, monthDays } = await import('@kefu/rules');
  const calendarOptions = config === undefined ? {} : { config };
  const months = month === undefined ? Array.from({ length: 12 }, (_, i) => i + 1) : [month];
  const days = months.map((m) => unwrap(monthDays(year, m, calendarOptions)));
  const holidays = unwrap(holidaysOf(year, calendarOptions));
  if (options.json) {
    printJson({ year, ...(month !== undefined && { month }), days: days.flat(), holidays });
    return;
  }
  const ctx = ctxOf(options);
  const title = ctx.lang === 'zh' ? `${year}年工作日历` : `Working-day calendar ${year}`;
  const subtitle =
    ctx.lang === 'zh' ? '中国大陆法定节假日与调休' : 'Mainland China statutory holidays and make-up days';
  const blocks: Block[] = [{ kind: 'heading', title, subtitle }];
  months.forEach((m, i) => {
    blocks.push(monthBlock(year, m, days[i] ?? [], ctx.lang));
  });
  if (month === undefined)
    blocks.push(...section(ctx.lang === 'zh' ? '节假日' : 'Holidays', holidaysTable(holidays, ctx.lang)));
  await present(blocks, ctx);
}

/** Which years are known, the last known day, and what happens past it. */
async function coverage(config: unknown, options: CalendarCommandOptions): Promise<void> {
  const { calendarCoverage } = await import('@kefu/rules');
  const known = unwrap(calendarCoverage(config === undefined ? {} : { config }));
  if (options.json) return printJson(known);
  const ctx = ctxOf(options);
  const zh = ctx.lang === 'zh';
  const first = known.years[0];
  const last = known.years[known.years.length - 1];
  const past =
    known.unknownYears === 'weekends-only'
      ? zh
        ? '按周一至周五工作推算，结果带 calendar-guessed 警告'
        : 'guessed as Monday–Friday working, each result warned calendar-guessed'
      : zh
        ? '报错 calendar-year-unknown'
        : 'an error, calendar-year-unknown';
  await present(
    [
      { kind: 'heading', title: zh ? '工作日历' : 'Working-day calendar' },
      {
        kind: 'fields',
        entries: [
          [zh ? '已知年份' : 'Years known', `${first}–${last}${gaps(known.years)}`],
          [zh ? '最后一天' : 'Last known day', known.lastDay],
          [zh ? '之后的日期' : 'Days after it', past],
        ],
      },
      {
        kind: 'text',
        tone: 'dim',
        text: zh
          ? `补充${(last ?? 0) + 1}年：按国务院通知写日历文件，\`kefu calendar check 文件\` 检查后以 --calendar 或 KEFU_CALENDAR_FILE 使用（见 README）。`
          : `To add ${(last ?? 0) + 1}: write a calendar file from the State Council's notice, check it with \`kefu calendar check FILE\`, then pass it with --calendar or KEFU_CALENDAR_FILE (see the README).`,
      },
    ],
    ctx,
  );
}

/** `, missing 2010` when the known years have holes (a configuration can add a year far ahead). */
function gaps(years: readonly number[]): string {
  const missing: number[] = [];
  for (let i = 1; i < years.length; i += 1) {
    for (let y = (years[i - 1] ?? 0) + 1; y < (years[i] ?? 0); y += 1) missing.push(y);
  }
  return missing.length === 0 ? '' : ` (missing ${missing.join(', ')})`;
}

async function check(file: string | undefined, options: CalendarCommandOptions): Promise<void> {
  if (file === undefined) throw new CliError('calendar check: expected a file (`kefu calendar check <file>`)');
  const { checkCalendarFile } = await import('@kefu/rules');
  const outcome = checkCalendarFile(await readJsonFile(file, '<file>'));
  if (!outcome.ok) {
    throw fromKefuError(outcome.error, (path) => `${file}: ${path.join('.') || '(file)'}`);
  }
  if (options.json) return printJson(outcome.result);
  const ctx = ctxOf(options);
  await present(checkBlocks(outcome.result, ctx.lang), ctx);
}

function checkBlocks(result: CalendarFileCheck, lang: 'en' | 'zh'): Block[] {
  const zh = lang === 'zh';
  return [
    { kind: 'heading', title: zh ? '日历文件检查通过' : 'Calendar file is valid' },
    {
      kind: 'table',
      columns: [
        { key: 'year', header: zh ? '年份' : 'Year' },
        { key: 'form', header: zh ? '写法' : 'Written as' },
        { key: 'off', header: zh ? '放假天数' : 'Days off', align: 'right' },
        { key: 'makeUp', header: zh ? '调休上班' : 'Make-up days', align: 'right' },
        { key: 'source', header: zh ? '来源' : 'Source' },
      ],
      rows: result.years.map((y) => ({
        year: y.replacesBuiltIn ? `${y.year} *` : String(y.year),
        form: y.form === 'notice' ? (zh ? '按通知（放假安排）' : 'notice (breaks)') : zh ? '逐日' : 'days',
        off: y.daysOff,
        makeUp: y.makeUpDays,
        source: y.source ?? '',
      })),
    },
    ...result.warnings.map((w): Block => ({ kind: 'text', tone: 'warn', text: `⚠ ${w[lang]}` })),
  ];
}

export function calendarCommand(state: RunState, say: Say): Command {
  return new Command('calendar')
    .description(
      say(
        'draw the working-day calendar of a year (or one month); without a year, the years it knows; `check <file>` checks a calendar file',
        '显示某年（或某月）的工作日历；不给年份则列出已知的年份；`check <file>` 检查日历文件',
      ),
    )
    .usage('[year] [--month <m>] | check <file>')
    .argument(
      '[year]',
      say(
        'the year, e.g. 2026 (none: which years are known); or check',
        '年份，例如 2026（不给：列出已知年份）；或 check',
      ),
    )
    .argument('[file]', say('with check: the calendar file to check', '与 check 同用：要检查的日历文件'))
    .option('--month <m>', say('only this month (1–12)', '只显示该月（1–12）'))
    .option(
      '--config <file>',
      say(
        'a configuration adding or correcting calendar years (calendar.years)',
        '添加或更正日历年份的配置（calendar.years）',
      ),
    )
    .addOption(calendarOption(say))
    .option('--json', say('print the days and holiday breaks as JSON', '以 JSON 输出各日与假期安排'))
    .action((year: string | undefined, file: string | undefined, _options: CalendarCommandOptions, cmd: Command) =>
      run(year, file, cmd.optsWithGlobals<CalendarCommandOptions>(), state),
    );
}
