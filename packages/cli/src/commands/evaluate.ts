/** `kefu evaluate <ruleId> --facts <json|@file|->`: one rule on one set of facts. */
import type { KefuError } from '@kefu/rules';
import { Command } from 'commander';
import { CliError, EXIT, fromKefuError, kefuErrorSaid, type PathLabel } from '../errors.js';
import type { Say } from '../help.js';
import { asOfInstant, parseJson, readConfig, readInlineOrFile } from '../input.js';
import { calendarOption, ctxOf, failOnOption, type GlobalOptions, type RunState, trips } from '../options.js';
import { printJson } from '../output/json.js';
import { present } from '../output/present.js';
import { loadRegistry } from '../registry/load.js';
import { ruleSuggestions } from '../registry/types.js';
import { resultBlocks } from '../view/result.js';

interface EvaluateOptions extends GlobalOptions {
  readonly facts: string;
  readonly asOf?: string;
  readonly config?: string;
  readonly calendar?: string;
  readonly json?: boolean;
  readonly failOn?: string;
}

/** Names an engine issue by the flag it came in through: `--facts receivedAt`, `--as-of`, `--config zone`. */
function flagLabel(error: KefuError): PathLabel {
  return (path) => {
    const [root, ...rest] = path;
    if (error.code === 'invalid-options' && root === 'asOf') return '--as-of';
    if (error.code === 'invalid-config' && root === 'config') return `--config ${rest.join('.') || '(file)'}`.trim();
    return `--facts ${path.join('.') || '(facts)'}`;
  };
}

async function run(ruleId: string, options: EvaluateOptions, state: RunState): Promise<void> {
  state.json = options.json === true;
  // The engine is loaded on demand, so commands that do not evaluate (rules, show, --help) start fast.
  const { evaluate, getRule, refusalZh } = await import('@kefu/rules');
  const rule = getRule(ruleId);
  if (!rule) {
    const near = ruleSuggestions(await loadRegistry(), ruleId);
    const hint = near.length > 0 ? `; did you mean ${near.join(', ')}?` : ' (see `kefu rules`)';
    throw new CliError(`<ruleId>: unknown rule id "${ruleId}"${hint}`);
  }
  const facts = parseJson(await readInlineOrFile(options.facts, '--facts'), '--facts');
  const config = await readConfig(options.config, options.calendar);
  const asOf = await asOfInstant(options.asOf, config, ctxOf(options).lang);
  const outcome = evaluate(rule.id, facts, {
    ...(asOf !== undefined && { asOf }),
    ...(config !== undefined && { config }),
  });
  // Under --json the error is printed as `{ ok: false, error }`, the engine's own shape (see main.ts).
  if (!outcome.ok) {
    const { error } = outcome;
    // Under --lang zh the refusal in Chinese, in the words the audit gives a refused line; --json keeps the error.
    if (ctxOf(options).lang === 'zh') throw kefuErrorSaid(error, refusalZh(rule.id, error, facts));
    throw fromKefuError(error, flagLabel(error));
  }
  if (options.json) printJson(outcome);
  else {
    const ctx = ctxOf(options);
    await present(resultBlocks(outcome.result, rule.title[ctx.lang], ctx.lang), ctx);
  }
  if (trips(options.failOn, outcome.result.status)) state.exitCode = EXIT.failOn;
}

export function evaluateCommand(state: RunState, say: Say): Command {
  return new Command('evaluate')
    .description(say('evaluate one rule on facts given as JSON', '用 JSON 给出的事实评估一条规则'))
    .argument('<ruleId>', say('the rule, e.g. P01.complaint-reply', '规则，例如 P01.complaint-reply'))
    .requiredOption(
      '--facts <json|@file|->',
      say(
        'the facts: inline JSON, @file.json, or - for stdin',
        '事实：直接写 JSON、@文件名（读取该 JSON 文件），或 - 从标准输入读取',
      ),
    )
    .option(
      '--as-of <iso>',
      say(
        'the instant the evaluation is made at (decides pending vs breached)',
        '评估所依据的时刻（决定未到期还是已违规）',
      ),
    )
    .option('--config <file>', say("the organisation's configuration (JSON)", '本单位的配置（JSON）'))
    .addOption(calendarOption(say))
    .option(
      '--json',
      say('print { ok, result } or { ok, error } as JSON', '以 JSON 输出 { ok, result } 或 { ok, error }'),
    )
    .addOption(failOnOption(say))
    .action((ruleId: string, _options: EvaluateOptions, cmd: Command) =>
      run(ruleId, cmd.optsWithGlobals<EvaluateOptions>(), state),
    );
}
