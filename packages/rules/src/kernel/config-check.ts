/**
 * A configuration checked in full: the organisation's settings, and every loaded rule's parameter
 * overrides in every version. Kept apart from the prepared evaluator so that the calendar entry, which
 * resolves configurations too, bundles neither the rules' words nor the instant codec.
 */
import type * as z from 'zod';
import { type ResolvedConfig, resolveConfig, zodIssues } from './config.js';
import { KefuRuleError } from './errors.js';
import { userErrors } from './messages.js';
import { ruleIds } from './rule-ids.js';

/** Rule ids known to configuration validation: the whole catalogue, whichever rules this program loaded. */
const knownRuleIds: ReadonlySet<string> = new Set<string>(ruleIds);

/**
 * Parameter schemas of the rules loaded, by id: written only by `defineRule` while the policy modules load
 * (an entry point may load one policy only), read-only after. A registry, not a cache.
 */
const paramSchemas = new Map<string, z.ZodObject>();

/** Called by `defineRule` as a rule's module loads. */
export function registerParams(id: string, schema: z.ZodObject): void {
  if (paramSchemas.has(id)) throw new Error(`rule ${id} defined twice`);
  paramSchemas.set(id, schema);
}

/** Resolve and fully validate a configuration (every loaded rule's parameters in every version); throws. */
export function resolveConfigChecked(config: unknown): ResolvedConfig {
  const resolved = resolveConfig(config ?? undefined, knownRuleIds);
  resolved.versions.forEach((version, index) => {
    for (const [id, overrides] of Object.entries(version.rules)) {
      const schema = paramSchemas.get(id);
      if (!schema) continue;
      const parsed = schema.strict().safeParse(overrides, { error: userErrors });
      if (!parsed.success) {
        const where = index === 0 ? ['config', 'rules', id] : ['config', 'versions', index - 1, 'rules', id];
        throw new KefuRuleError('invalid-config', `invalid parameters for ${id}`, zodIssues(parsed.error, where));
      }
    }
  });
  return resolved;
}
