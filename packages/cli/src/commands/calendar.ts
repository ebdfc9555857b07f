/** `kefu calendar <year> [--month <m>]`: the working-day calendar with holidays and make-up days marked. */
import type { CalendarOutcome, KefuError } from '@kefu/rules';
import { Command } from 'commander';
import { CliError, fromKefuError } from '../errors.js';
import { readConfig } from '../input.js';
import { ctxOf, type GlobalOptions, type RunState } from '../options.js';
import { printJson } from '../output/json.js';
import { present } from '../output/present.js';
import { type Block, section } from '../view/blocks.js';
import { holidaysTable, monthBlock } from '../view/calendar.js';

interface CalendarCommandOptions extends GlobalOptions {
  readonly month?: string;
  readonly config?: string;
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

async function run(yearText: string, options: CalendarCommandOptions, state: RunState): Promise<void> {
  state.json = options.json === true;
  const year = whole(yearText, '<year>');
  const month = options.month === undefined ? undefined : whole(options.month, '--month');
  const config = await readConfig(options.config);
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

export function calendarCommand(state: RunState): Command {
  return new Command('calendar')
    .description('draw the working-day calendar of a year (or one month) with holidays and make-up days')
    .argument('<year>', 'the year, e.g. 2026')
    .option('--month <m>', 'only this month (1–12)')
    .option('--config <file>', 'a configuration adding or correcting calendar years (calendar.years)')
    .option('--json', 'print the days and holiday breaks as JSON')
    .action((year: string, _options: CalendarCommandOptions, cmd: Command) =>
      run(year, cmd.optsWithGlobals<CalendarCommandOptions>(), state),
    );
}
