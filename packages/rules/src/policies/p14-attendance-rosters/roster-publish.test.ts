import { describe, expect, it } from 'vitest';
import { rosterPublish } from './roster-publish.js';

// Seed 1.1.4 (line 476): 制定下一個月的排班表，并復印給相關部門，在崗人員需人手一份。
const month = '2026-12';

describe('P14.roster-publish (1.1.4)', () => {
  it("December's roster out by the end of 30 November is met; at midnight it is breached", () => {
    expect(rosterPublish({ month, publishedAt: '2026-11-30T23:59:59.999+08:00', everyoneHasCopy: true })).toMatchObject(
      { ok: true, result: { status: 'met', dueAt: '2026-11-30T23:59:59.999+08:00', clause: 'P14 1.1.4' } },
    );
    expect(rosterPublish({ month, publishedAt: '2026-12-01T00:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it("March's roster is due at the end of 28 February", () => {
    expect(rosterPublish({ month: '2026-03', asOf: '2026-02-01T00:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'pending', dueAt: '2026-02-28T23:59:59.999+08:00' },
    });
  });

  it('on time but not everyone on duty has a copy is breached', () => {
    const r = rosterPublish({ month, publishedAt: '2026-11-20T10:00:00+08:00', everyoneHasCopy: false });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('在岗人员未能人手一份');
  });

  it('unpublished: pending, at-risk in the last quarter of the previous month, then breached', () => {
    const at = (asOf: string) => rosterPublish({ month }, { asOf });
    expect(at('2026-11-10T00:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'pending' } });
    expect(at('2026-11-24T00:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(at('2026-12-01T00:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('an organisation can ask for the roster 5 days earlier', () => {
    const config = { rules: { 'P14.roster-publish': { leadDays: 5 } } };
    expect(rosterPublish({ month, publishedAt: '2026-11-26T09:00:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached', dueAt: '2026-11-25T23:59:59.999+08:00' },
    });
  });

  it('rejects copies handed out before publication and a bad month, naming the field', () => {
    expect(rosterPublish({ month, everyoneHasCopy: true, asOf: '2026-11-10T00:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['everyoneHasCopy'] }] },
    });
    expect(rosterPublish({ month: '2026-13', asOf: '2026-11-10T00:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['month'] }] },
    });
  });
});
