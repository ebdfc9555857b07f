/**
 * Conduct: breaches observed at the desk. P12 items are judged at once and join the employee's month
 * (chatting and reading are month ladders, judged when the month closes); P10 fines (private dealings,
 * quarrels, leaks) are computed at once; a breach of a named service rule goes to the P10 ladder. Also
 * praise, liability accidents and the P11 desk rules, and P04's "zero incidents" tally per department.
 */
import type { AuditEngine } from '../engine.js';
import type { AuditEvent } from '../events.js';
import { monthKey, startOfMonth } from '../months.js';
import { type Family, type FamilyContext, here, num, pick, str } from './family.js';

type Severity = string | number;

function severityOf(e: AuditEvent): Severity | undefined {
  const v = e.severity;
  return typeof v === 'string' || typeof v === 'number' ? v : undefined;
}

/** Kinds whose rule counts occurrences: `times` says how many. The others judge one incident per line. */
const COUNTED = new Set(['posture', 'chatting', 'reading', 'private-dealings']);

/**
 * Why a breach cannot be judged as given, if it cannot. A default here would change the verdict silently:
 * a dress breach with no missing item would be "all worn" (met); a service-rule breach with no rule would be
 * the same rule as every other unnamed one, and the P10 ladder (第二次違反相同規定) would double its fine;
 * `times` on a one-incident kind would be dropped.
 */
function missingFact(e: AuditEvent, kind: string): string | undefined {
  if (kind === 'dress' && e.missing === undefined) return 'a dress breach names the missing items (`missing`)';
  if (kind === 'service-rule' && str(e, 'rule') === undefined) {
    return 'a service-rule breach names the rule broken (`rule`): only repeats of the same rule are doubled';
  }
  const times = num(e, 'times');
  if (times !== undefined && times !== 1 && !COUNTED.has(kind)) {
    return `\`times\` counts posture, chatting, reading and private dealings; a ${kind} breach is one incident per line`;
  }
  if (times !== undefined && times < 1) return '`times` must be at least 1';
  return undefined;
}

export function conduct({ ledger }: FamilyContext): Family {
  const departments = new Set<string>();

  function breach(e: AuditEvent, engine: AuditEngine): void {
    const employee = e.employee ?? '';
    const meta = here(e, engine);
    const month = engine.month(engine.atMs);
    const scoring = () => ledger.scoring(employee, month, engine.line);
    const severity = severityOf(e);
    const sev = severity === undefined ? {} : { severity };
    const kind = str(e, 'kind') ?? '';
    const refusal = missingFact(e, kind);
    if (refusal !== undefined) {
      // Not judged, so not a violation either (P04): a rejected line changes no finding.
      engine.rejectLine(engine.line, 'invalid-event', `conduct-breach: ${refusal}`);
      return;
    }
    const times = num(e, 'times') ?? 1;
    const rejectedBefore = engine.rejected;
    switch (kind) {
      case 'dress': {
        const missing = Array.isArray(e.missing) ? (e.missing as string[]) : [];
        engine.decide('P12.dress', { missing, employee }, meta);
        scoring().dress.push({ missing, employee });
        break;
      }
      case 'grooming': {
        const aspect = str(e, 'aspect');
        const item = { ...sev, ...(aspect !== undefined && { aspect }), employee };
        engine.decide('P12.grooming', item, meta);
        if (severity !== undefined)
          scoring().grooming.push({ severity, ...(aspect !== undefined && { aspect }), employee });
        break;
      }
      case 'posture': {
        engine.decide('P12.posture', { times, employee }, meta);
        scoring().posture += times;
        break;
      }
      case 'dozing':
        engine.decide('P12.dozing', { ...sev, employee }, meta);
        if (severity !== undefined) scoring().dozing.push({ severity, employee });
        break;
      case 'service-complaint':
        engine.decide('P12.service-complaint', { ...sev, employee }, meta);
        if (severity !== undefined) scoring().serviceComplaints.push({ severity, employee });
        break;
      case 'chatting':
        // A month ladder, judged with the month's count when the month closes; `times` occurrences at once,
        // as a `facts` event's `count` gives them.
        for (let i = 0; i < times; i += 1) scoring().chats.push({ at: engine.atMs, severity });
        break;
      case 'reading':
        for (let i = 0; i < times; i += 1) scoring().readings.push({ at: engine.atMs, severity });
        break;
      case 'private-dealings':
        // (五)2: 200元/次 — each time is fined.
        engine.decide('P10.private-dealings', { count: times, ...pick(e, ['conduct']), employee }, meta);
        break;
      case 'quarrel': {
        const salary = engine.people.get(employee)?.monthlySalary;
        engine.decide('P10.quarrel', { ...(salary !== undefined && { monthlySalary: salary }), employee }, meta);
        break;
      }
      case 'leak':
      case 'serious-leak':
      case 'coercion':
        engine.decide('P10.leak', { kind: str(e, 'kind'), ...pick(e, ['amount', 'referral']) }, meta);
        break;
      case 'service-rule':
        // `rule` is required here (missingFact): the ladder doubles only 相同規定, the same rule.
        ledger.breach(
          employee,
          { rule: str(e, 'rule') ?? '', at: engine.atMs, lines: [engine.line], key: e.case },
          e.department,
        );
        break;
    }
    // A line its rule refused (a grooming breach without severity…) was not judged: no P04 violation.
    if (engine.rejected > rejectedBefore) return;
    const dept = engine.departmentOf(e.employee, e.department);
    if (dept !== undefined) engine.tally(`violations\u0000${dept}`, engine.atMs);
    engine.mentioned.add('P04.zero-incidents');
  }

  return {
    handle(e: AuditEvent, engine: AuditEngine) {
      const dept = engine.departmentOf(e.employee, e.department);
      if (dept !== undefined) departments.add(dept);
      const meta = here(e, engine);
      switch (e.type) {
        case 'conduct-breach':
          breach(e, engine);
          return;
        case 'praised': {
          const severity = severityOf(e) ?? 'light';
          const employee = e.employee ?? '';
          engine.decide('P12.praise', { severity, employee }, meta);
          ledger.scoring(employee, engine.month(engine.atMs), engine.line).praise.push({ severity, employee });
          return;
        }
        case 'accident':
          if (dept !== undefined) engine.tally(`accidents\u0000${dept}`, engine.atMs);
          else engine.rejectLine(engine.line, 'invalid-event', 'accident: names no department or known employee');
          engine.mentioned.add('P04.zero-incidents');
          return;
        case 'number-disclosed':
          engine.decide(
            'P11.disclosure',
            { ...pick(e, ['supervisorApproved', 'approvedAt']), disclosed: true, disclosedAt: e.at },
            meta,
          );
          return;
        case 'item-held':
          engine.decide(
            'P11.item-holding',
            { ...pick(e, ['approved', 'approvedBy', 'kind', 'approvedAt']), handledAt: e.at },
            meta,
          );
          return;
        case 'phone-bill':
          engine.decide('P11.phone-bill', pick(e, ['bill', 'quota', 'month', 'lentOut']), meta);
          return;
      }
    },
    closeMonth(month: number, engine: AuditEngine) {
      if (!engine.wanted('P04.zero-incidents')) return;
      const all = new Set([...(engine.org?.departments.map((d) => d.id) ?? []), ...departments]);
      for (const dept of [...all].sort()) {
        const complaints = engine.takeTally(`complaints\u0000${dept}`, month);
        const violations = engine.takeTally(`violations\u0000${dept}`, month);
        const accidents = engine.takeTally(`accidents\u0000${dept}`, month);
        engine.decide(
          'P04.zero-incidents',
          { complaints, violations, accidents, period: monthKey(month) },
          {
            lines: [],
            key: `${dept} ${monthKey(month)}`,
            department: dept,
            at: startOfMonth(month, engine.zone, engine.speed.time),
            final: true,
          },
        );
      }
    },
  };
}
