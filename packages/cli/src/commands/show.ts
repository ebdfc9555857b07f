/** `kefu show <policy|ruleId>`: clause, facts, parameters, defaults and the seed's own words. */
import { Command } from 'commander';
import { CliError } from '../errors.js';
import type { Say } from '../help.js';
import { ctxOf, type GlobalOptions, type RunState } from '../options.js';
import { printJson } from '../output/json.js';
import { present } from '../output/present.js';
import { loadRegistry } from '../registry/load.js';
import {
  findPolicy,
  findRule,
  type PolicyRecord,
  type Registry,
  type RuleRecord,
  ruleSuggestions,
  rulesOf,
} from '../registry/types.js';
import { seedLines } from '../seed.js';
import { policyDetail, ruleDetail } from '../view/rules.js';
import { policyCodes } from './rules.js';

interface ShowOptions extends GlobalOptions {
  readonly json?: boolean;
}

function find(registry: Registry, query: string): { rule: RuleRecord } | { policy: PolicyRecord } {
  const rule = findRule(registry, query);
  if (rule) return { rule };
  const policy = findPolicy(registry, query);
  if (policy) return { policy };
  const near = ruleSuggestions(registry, query);
  const hint =
    near.length > 0
      ? `; did you mean ${near.join(', ')}?`
      : ` (a rule id from \`kefu rules\`, or ${policyCodes(registry)})`;
  throw new CliError(`<policy|ruleId>: unknown rule or policy "${query}"${hint}`);
}

async function run(query: string, options: ShowOptions, state: RunState): Promise<void> {
  state.json = options.json === true;
  const registry = await loadRegistry();
  const found = find(registry, query);
  const seed = await seedLines('rule' in found ? found.rule.seedLines : found.policy.seedLines);
  if (options.json) {
    const record = 'rule' in found ? found.rule : { ...found.policy, rules: rulesOf(registry, found.policy) };
    printJson({ ...record, seedText: seed });
    return;
  }
  const ctx = ctxOf(options);
  const blocks =
    'rule' in found
      ? ruleDetail(found.rule, ctx.lang, seed)
      : policyDetail(found.policy, rulesOf(registry, found.policy), ctx.lang, seed);
  await present(blocks, ctx);
}

export function showCommand(state: RunState, say: Say): Command {
  return new Command('show')
    .description(
      say(
        "show a policy or a rule: clause, facts, parameters, defaults and the seed's own words",
        '查看一项制度或一条规则：条款、事实、参数、默认值和原文',
      ),
    )
    .argument(
      '<policy|ruleId>',
      say(
        'a policy code (P01–P14) or a rule id (P01.complaint-reply)',
        '制度代码（P01–P14）或规则编号（P01.complaint-reply）',
      ),
    )
    .option('--json', say('print as JSON', '以 JSON 输出'))
    .action((query: string, _options: ShowOptions, cmd: Command) =>
      run(query, cmd.optsWithGlobals<ShowOptions>(), state),
    );
}
