/**
 * What-if: the same log under two configurations, and what changes. Findings are matched by what they
 * concern — rule, case or key, employee, department — which does not depend on the configuration; a
 * verdict changes when its status, value or sanctions do. A new due time or target alone (a met reply
 * is still met under a 1 h window) is not a change of verdict.
 *
 * The evidence lines are not part of the match: a finding decided earlier under a stricter window lists
 * fewer lines of its case, and matching on them showed one changed verdict as two rows ("met → —", then
 * "— → breached"). Findings that share a match (several of one rule for one person) are paired in order
 * of their first evidence line.
 */
import { KefuRuleError } from '../kernel/errors.js';
import type { RuleResult } from '../kernel/result.js';
import { type AuditLines, runAudit } from './stream.js';
import type { AuditDiff, AuditOptions, AuditReport, Finding, LedgerEntry, LedgerField } from './types.js';

function identity(f: Finding): string {
  return [f.result.ruleId, f.key ?? '', f.employee ?? '', f.department ?? ''].join('\u0000');
}

/** Findings of one match in the order they concern the log: by their first line, then their last. */
function inLogOrder(findings: readonly Finding[]): Finding[] {
  const first = (f: Finding) => f.lines[0] ?? 0;
  const last = (f: Finding) => f.lines[f.lines.length - 1] ?? 0;
  return [...findings].sort((x, y) => first(x) - first(y) || last(x) - last(y));
}

function verdict(r: RuleResult): string {
  return JSON.stringify([r.status, r.value, r.sanctions]);
}

function group<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

// Fines as the person's own and the head's joint liability apart (their sum, `fines`, says less).
const AMOUNTS = [
  'ownFines',
  'jointFines',
  'wageDeductions',
  'bonusDeductions',
  'carriedOver',
  'charges',
  'score',
  'points',
] as const satisfies readonly (LedgerField & keyof LedgerEntry)[];

/** The columns in which two rows differ; a row on one side only differs in every column it has. */
function differingFields(a: LedgerEntry | undefined, b: LedgerEntry | undefined): LedgerField[] {
  const fields: LedgerField[] = AMOUNTS.filter((k) => (a?.[k] ?? 0) !== (b?.[k] ?? 0));
  if (JSON.stringify(a?.sanctions ?? []) !== JSON.stringify(b?.sanctions ?? [])) fields.push('sanctions');
  return fields;
}

export function compareAudits(before: AuditReport, after: AuditReport): AuditDiff {
  const changed: AuditDiff['changed'][number][] = [];
  const b = group(before.findings, identity);
  const a = group(after.findings, identity);
  for (const id of new Set([...b.keys(), ...a.keys()])) {
    const xs = inLogOrder(b.get(id) ?? []);
    const ys = inLogOrder(a.get(id) ?? []);
    for (let i = 0; i < Math.max(xs.length, ys.length); i += 1) {
      const x = xs[i];
      const y = ys[i];
      if (x && y && verdict(x.result) === verdict(y.result)) continue;
      const f = x ?? y;
      if (!f) continue;
      changed.push({
        ruleId: f.result.ruleId,
        ...(f.key !== undefined && { key: f.key }),
        ...(f.employee !== undefined && { employee: f.employee }),
        lines: f.lines,
        ...(x && { before: x.result }),
        ...(y && { after: y.result }),
      });
    }
  }
  const ledger: AuditDiff['ledger'][number][] = [];
  const lb = new Map(before.ledger.map((e) => [`${e.employee}\u0000${e.month}`, e]));
  const la = new Map(after.ledger.map((e) => [`${e.employee}\u0000${e.month}`, e]));
  for (const id of new Set([...lb.keys(), ...la.keys()])) {
    const x = lb.get(id);
    const y = la.get(id);
    const fields = differingFields(x, y);
    const e = x ?? y;
    if (!e || (x && y && fields.length === 0)) continue;
    ledger.push({ employee: e.employee, month: e.month, fields, ...(x && { before: x }), ...(y && { after: y }) });
  }
  ledger.sort((p, q) => (p.month === q.month ? (p.employee < q.employee ? -1 : 1) : p.month < q.month ? -1 : 1));
  return { changed, ledger };
}

/** Run the same log under two configurations (`makeLines` is called once for each run) and compare. */
export async function whatIf(
  makeLines: () => AuditLines,
  configBefore: unknown,
  configAfter: unknown,
  options?: Omit<AuditOptions, 'config' | 'statuses'>,
): Promise<{ before: AuditReport; after: AuditReport; diff: AuditDiff }> {
  // A verdict that changes from met to breached is only seen with every finding on both sides.
  if (options !== undefined && (options as AuditOptions).statuses !== undefined) {
    const message = 'statuses: not an option of whatIf (the comparison needs every finding)';
    throw new KefuRuleError('invalid-options', message, [{ path: ['statuses'], message: 'not allowed here' }]);
  }
  const before = await runAudit(makeLines(), { ...options, config: configBefore });
  const after = await runAudit(makeLines(), { ...options, config: configAfter });
  return { before, after, diff: compareAudits(before, after) };
}
