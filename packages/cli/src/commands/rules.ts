/** `kefu rules [--policy P08] [--json]`: the registry, as a table or as JSON with each rule's schemas. */
import { Command } from 'commander';
import { CliError } from '../errors.js';
import type { Say } from '../help.js';
import { ctxOf, type GlobalOptions, type RunState } from '../options.js';
import { printJson } from '../output/json.js';
import { present } from '../output/present.js';
import { loadRegistry } from '../registry/load.js';
import { findPolicy, type Registry, rulesOf } from '../registry/types.js';
import { rulesTable } from '../view/rules.js';

interface RulesOptions extends GlobalOptions {
  readonly policy?: string;
  readonly json?: boolean;
}

/** `P01–P14`, for messages. */
export function policyCodes(registry: Registry): string {
  const codes = registry.policies.map((p) => p.code);
  return `${codes[0]}–${codes.at(-1)}`;
}

async function run(options: RulesOptions, state: RunState): Promise<void> {
  state.json = options.json === true;
  const registry = await loadRegistry();
  const policy = options.policy === undefined ? undefined : findPolicy(registry, options.policy);
  if (options.policy !== undefined && !policy) {
    throw new CliError(`--policy: unknown policy "${options.policy}" (expected ${policyCodes(registry)})`);
  }
  const list = policy ? rulesOf(registry, policy) : registry.rules;
  if (options.json) {
    printJson(list);
    return;
  }
  const ctx = ctxOf(options);
  const title = policy ? `${policy.code}  ${policy.title[ctx.lang]}` : ctx.lang === 'zh' ? '全部规则' : 'All rules';
  const count = ctx.lang === 'zh' ? `${list.length} 条规则` : `${list.length} rules`;
  await present([{ kind: 'heading', title, subtitle: count }, rulesTable(list, ctx.lang)], ctx);
}

export function rulesCommand(state: RunState, say: Say): Command {
  return new Command('rules')
    .description(say('list the rules (all, or one policy)', '列出规则（全部，或某项制度的）'))
    .option('--policy <code>', say('only the rules of this policy, e.g. P08', '只列出该制度的规则，例如 P08'))
    .option(
      '--json',
      say(
        'print the rules as JSON, with their facts and parameter schemas and defaults',
        '以 JSON 输出规则，含事实与参数的模式及默认值',
      ),
    )
    .action((_options: RulesOptions, cmd: Command) => run(cmd.optsWithGlobals<RulesOptions>(), state));
}
