/**
 * Which secret signs an outbox item: its organisation's webhook with the item's URL (all of its secrets
 * while one is rotated: one `v1` each). Looked up at each attempt, so a secret changed in the configuration
 * (and the server restarted) signs the next retry.
 */
import type { MonitorOrg, OutboxItem } from '../contract.js';

export function webhookSecrets(
  orgs: readonly MonitorOrg[],
): (item: OutboxItem) => string | readonly string[] | undefined {
  const byTarget = new Map<string, string | readonly string[]>();
  for (const org of orgs) {
    for (const hook of org.webhooks) byTarget.set(JSON.stringify([org.id, hook.url]), hook.secrets ?? hook.secret);
  }
  return (item) => byTarget.get(JSON.stringify([item.org, item.url]));
}
