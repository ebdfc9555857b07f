/**
 * P10 at month end. The fine ladder: each breach of the month, in time order, goes to P10.repeat-violation
 * with that employee's earlier breaches of the same rule over the log's whole history (ordering by instant,
 * not by line, keeps the ledger the same whatever order independent cases were logged in). Then joint
 * liability: a department head pays, through P10.joint-liability, for each employee's fines of the month.
 */
import { withInstantMemo } from '../../kernel/time.js';
import type { AuditEngine } from '../engine.js';
import { monthKey, startOfMonth } from '../months.js';
import type { Breach, PersonMonth } from './book.js';

export class LadderHistory {
  /**
   * `employee\u0000rule` → instants (epoch ms) of earlier breaches, in time order: numbers, not ISO texts,
   * because this history is kept for the whole log (a 10M-event log holds every priced breach).
   */
  private readonly prior = new Map<string, number[]>();

  run(persons: Iterable<PersonMonth>, engine: AuditEngine): void {
    const all: { pm: PersonMonth; b: Breach }[] = [];
    for (const pm of persons) for (const b of pm.breaches) all.push({ pm, b });
    all.sort(
      (x, y) =>
        x.b.at - y.b.at ||
        compare(x.pm.employee, y.pm.employee) ||
        compare(x.b.rule, y.b.rule) ||
        compare(x.b.key ?? '', y.b.key ?? ''),
    );
    for (const { pm, b } of all) {
      const id = `${pm.employee}\u0000${b.rule}`;
      let history = this.prior.get(id);
      if (!history) {
        history = [];
        this.prior.set(id, history);
      }
      const earlier = history;
      // The history's texts, made here, are parsed by the facts schema and twice by the rule body.
      withInstantMemo(() =>
        engine.decide(
          'P10.repeat-violation',
          {
            employee: pm.employee,
            rule: b.rule,
            at: engine.iso(b.at),
            priorBreaches: earlier.map((p) => ({ rule: b.rule, at: engine.iso(p) })),
          },
          {
            lines: b.lines,
            key: b.key === undefined ? b.rule : `${b.rule} ${b.key}`,
            employee: pm.employee,
            department: b.department ?? pm.department,
            at: b.at,
            final: true,
          },
        ),
      );
      history.push(b.at);
    }
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Book each employee's fines of the month to the department head, doubled by P10.joint-liability: the head
 * of the department each fine was incurred in (an event's `department`, else the employee's), so a fine on
 * another department's line is that department head's liability, whatever line came first. A head's own
 * fines are not doubled onto himself; a department without a head books none.
 */
export function jointLiability(persons: readonly PersonMonth[], engine: AuditEngine): void {
  const sorted = [...persons].sort((a, b) => compare(a.employee, b.employee));
  for (const pm of sorted) {
    const departments = [...pm.finesByDepartment.keys()].sort(compare);
    for (const department of departments) {
      const fineFen = pm.finesByDepartment.get(department) ?? 0;
      if (fineFen <= 0) continue;
      const head = engine.heads.get(department);
      if (head === undefined || head === pm.employee) continue;
      const month = monthKey(pm.month);
      engine.decide(
        'P10.joint-liability',
        { employeeFine: fineFen / 100 },
        {
          lines: [],
          key: department === pm.department ? `${pm.employee} ${month}` : `${pm.employee} ${month} ${department}`,
          employee: head,
          department,
          at: startOfMonth(pm.month, engine.zone),
          final: true,
        },
      );
    }
  }
}
