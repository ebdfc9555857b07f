/** The command line, built with commander. Each command lives in its own file under commands/. */
import { Command } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { auditCommand } from './commands/audit.js';
import { calendarCommand } from './commands/calendar.js';
import { evaluateCommand } from './commands/evaluate.js';
import { rulesCommand } from './commands/rules.js';
import { showCommand } from './commands/show.js';
import { langOption, type RunState } from './options.js';

export function createProgram(state: RunState): Command {
  const program = new Command('kefu')
    .description(
      'The customer-service policies as rules: list, show and evaluate them, audit an event log, draw the calendar.\n' +
        'Run `kefu` alone on a terminal to browse the policies interactively.',
    )
    .version(pkg.version, '-V, --version')
    .addOption(langOption())
    .option('--no-color', 'no colours (also when NO_COLOR is set or output is not a terminal)')
    .showHelpAfterError('(add --help for usage)')
    .configureHelp({ showGlobalOptions: true })
    .exitOverride();
  for (const command of [
    rulesCommand(state),
    showCommand(state),
    evaluateCommand(state),
    auditCommand(state),
    calendarCommand(state),
  ]) {
    // addCommand does not copy the parent's settings the way .command() does; exitOverride must reach every
    // command so parse errors come back to main() and exit with 2.
    program.addCommand(command.copyInheritedSettings(program));
  }
  return program;
}
