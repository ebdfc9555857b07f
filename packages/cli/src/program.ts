/** The command line, built with commander. Each command lives in its own file under commands/. */
import { Command } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { auditCommand } from './commands/audit.js';
import { calendarCommand } from './commands/calendar.js';
import { evaluateCommand } from './commands/evaluate.js';
import { rulesCommand } from './commands/rules.js';
import { showCommand } from './commands/show.js';
import { watchCommand } from './commands/watch.js';
import type { Lang } from './context.js';
import { localiseHelp, sayIn } from './help.js';
import { langOption, type RunState } from './options.js';

/** The command line, its help and parse errors in `lang` (see help.ts for how it is chosen). */
export function createProgram(state: RunState, lang: Lang = 'en'): Command {
  const say = sayIn(lang);
  const program = localiseHelp(new Command('kefu'), lang)
    .description(
      say(
        'The customer-service policies as rules: list, show and evaluate them, audit an event log, draw the calendar.\n' +
          'Run `kefu` alone on a terminal to browse the policies interactively.',
        '客服制度的规则：列出、查看和评估规则，审核事件日志，显示工作日历。\n' +
          '在终端中单独运行 `kefu` 可交互浏览各项制度。',
      ),
    )
    .version(pkg.version, '-V, --version', say('output the version number', '显示版本号'))
    .addOption(langOption(say))
    .option(
      '--no-color',
      say(
        'no colours (also when NO_COLOR is set or output is not a terminal)',
        '不用颜色（设置了 NO_COLOR 或输出不是终端时亦然）',
      ),
    )
    .exitOverride();
  for (const command of [
    rulesCommand(state, say),
    showCommand(state, say),
    evaluateCommand(state, say),
    auditCommand(state, say),
    calendarCommand(state, say),
    watchCommand(state, say),
  ]) {
    // addCommand does not copy the parent's settings the way .command() does; exitOverride must reach every
    // command so parse errors come back to main() and exit with 2.
    program.addCommand(command.copyInheritedSettings(program));
  }
  return program;
}
