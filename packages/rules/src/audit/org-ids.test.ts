/**
 * #15 "Mistakes pass in silence" / "Organisation checks": ids the organisation file does not know, the
 * `lenientIds` switch, the person fields besides `employee`, and the warning without an organisation file.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { auditEventTypes } from './events.js';
import { DEPARTMENT_FIELDS, NO_ORG_MESSAGE, PERSON_FIELDS } from './org-ids.js';
import { runAudit } from './stream.js';
import { asOf, audit, ev, ledgerOf } from './test-kit.js';
import type { AuditRecord } from './types.js';
import { commonFields } from './vocabulary/index.js';

const warningOf = { type: 'sanction-imposed', local: '2026-03-10T10:00' } as const;

describe('lenientIds: an id the organisation file does not know is read on with a warning (#15)', () => {
  it('reproduction: m2 for M2 was a rejected line; with lenientIds it is read on, a warning record names it', async () => {
    const line = ev(warningOf.type, warningOf.local, { employee: 'e2', sanction: 'warning' });
    const strict = await audit([line]);
    expect(strict.rejected.map((r) => r.code)).toEqual(['unknown-id']);

    const lenient = await audit([line], { lenientIds: true });
    expect(lenient.rejected).toEqual([]);
    expect(lenient.warnings).toEqual([
      {
        line: 1,
        code: 'unknown-id',
        message:
          'employee "e2" is not in the organisation file (did you mean E2?): read as given (lenientIds), booked apart from everyone the file knows',
        messageZh: '组织文件中没有员工 "e2"（是否是 E2？）：按原样读入（lenientIds），与组织文件中的人员分开记账',
      },
    ]);
    expect(lenient.summary.evaluated).toBe(1);
    expect(lenient.summary.warnings).toEqual([expect.objectContaining({ code: 'unknown-id', lines: 1 })]);
  });

  it('the unknown id is booked as a person of its own, with no department (so no head) and no bonus from the file', async () => {
    const lines = [
      ev(warningOf.type, warningOf.local, { employee: 'e2', sanction: 'warning' }),
      ev(warningOf.type, '2026-03-12T10:00', { employee: 'E2', sanction: 'warning' }),
    ];
    const report = await audit(lines, { lenientIds: true });
    const phantom = ledgerOf(report, 'e2', '2026-03');
    const known = ledgerOf(report, 'E2', '2026-03');
    expect(phantom?.department).toBeUndefined();
    expect(phantom?.sanctions).toContainEqual(expect.objectContaining({ type: 'warning' }));
    expect(known?.department).toBe('CS');
    // P09 第二十四條 prices a warning at a month's bonus: E2's is 1000 in the file, e2 has none.
    expect(phantom?.bonusDeductions ?? 0).toBe(0);
    expect((known?.bonusDeductions ?? 0) + (known?.carriedOver ?? 0)).toBeGreaterThan(0);
  });

  it('streamAudit hands the warning out as a record in the line’s place, before the summary', async () => {
    const { streamAudit } = await import('./stream.js');
    const records: AuditRecord[] = [];
    const it = streamAudit([ev('complaint-received', '2026-03-02T09:00', { case: 'C1', department: 'cs' })], {
      asOf,
      org: (await import('./test-kit.js')).org,
      lenientIds: true,
    });
    for (let next = await it.next(); !next.done; next = await it.next()) records.push(next.value);
    expect(records[0]).toEqual({
      type: 'warning',
      warning: expect.objectContaining({ line: 1, code: 'unknown-id', message: expect.stringContaining('"cs"') }),
    });
  });

  it('lenientIds must be true or false', async () => {
    await expect(runAudit([], { lenientIds: 'yes' as unknown as boolean })).rejects.toThrow(
      'lenientIds: expected true or false',
    );
  });
});

describe('person fields besides employee are checked against the organisation file (#15)', () => {
  it('reproduction: a loan handled by an employee the file does not know (E9) was taken as given', async () => {
    const line = ev('document-borrowed', '2026-03-02T09:00', { case: 'D1', purpose: 'a', handler: 'E9' });
    const report = await audit([line]);
    expect(report.rejected).toEqual([
      expect.objectContaining({
        code: 'unknown-id',
        reason: 'handler (employee) "E9" is not in the organisation file (did you mean E1?)',
      }),
    ]);
  });

  it('a handover to an incoming employee the file does not know is rejected; a known one passes the check', async () => {
    const handover = (incoming: string) => ev('handover', '2026-03-02T08:00', { employee: 'E1', incoming });
    const unknown = await audit([handover('g1')]);
    expect(unknown.rejected[0]?.reason).toBe(
      'incoming (employee) "g1" is not in the organisation file (did you mean G1?)',
    );
    const known = await audit([handover('G1')]);
    expect(known.rejected.filter((r) => r.code === 'unknown-id')).toEqual([]);
  });

  it('the checked fields are the vocabulary’s: each exists, and every text field that names an employee is one', () => {
    // The common fields' kind and description are their zod schemas' metadata, as for every event's own.
    const common = Object.entries(commonFields).map(([name, f]) => {
      const inner = (f instanceof z.ZodOptional ? f.unwrap() : f) as z.ZodType;
      const meta = inner.meta() as { kind?: string; description?: string } | undefined;
      return { name, kind: meta?.kind ?? '', doc: meta?.description ?? '' };
    });
    const fields = [...common, ...auditEventTypes.flatMap((t) => t.fields)].map((f) => [f.name, f] as const);
    const names = new Set(fields.map(([name]) => name));
    for (const field of [...PERSON_FIELDS, ...DEPARTMENT_FIELDS]) expect(names.has(field)).toBe(true);
    const naming = fields.filter(([, spec]) => spec.kind === 'string' && /\bemployee\b|^who\b/.test(spec.doc));
    const checked: readonly string[] = [...PERSON_FIELDS, ...DEPARTMENT_FIELDS];
    expect(naming.map(([name]) => name).filter((name) => !checked.includes(name))).toEqual([]);
  });
});

describe('without an organisation file, one warning says what is left out (#15)', () => {
  const line = ev('complaint-received', '2026-03-02T09:00', { case: 'C1', employee: 'E1' });

  it('reproduction: an audit without --org gave no sign that departments and joint liability were dropped', async () => {
    const report = await runAudit([line], { asOf });
    expect(report.summary.warnings).toEqual([
      { code: 'no-org', message: NO_ORG_MESSAGE, messageZh: expect.stringContaining('连带责任') },
    ]);
    expect(NO_ORG_MESSAGE).toContain('no departments');
    expect(NO_ORG_MESSAGE).toContain('joint liability');
  });

  it('with an organisation file and every id known, the summary has no warnings', async () => {
    const report = await audit([line]);
    expect(report.summary.warnings).toBeUndefined();
    expect(report.warnings).toBeUndefined();
  });
});
