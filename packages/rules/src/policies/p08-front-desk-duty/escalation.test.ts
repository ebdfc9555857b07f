import { describe, expect, it } from 'vitest';
import { escalation } from './escalation.js';

// Seed 4.5 (line 204): 疑難問題應立即上報部門負責人決定處理措施，重大問題應及時上報部門負責人和管理處經理。
const foundAt = '2026-11-27T10:00:00+08:00';
const local = (time: string) => `2026-11-27T${time}+08:00`;
const config = { rules: { 'P08.escalation': { difficultWithin: 'PT30M', majorWithin: 'PT1H' } } };

describe('P08.escalation (4.5)', () => {
  it('unconfigured: not-configured, naming the parameter the seed leaves open (立即)', () => {
    expect(
      escalation({ kind: 'difficult', foundAt, reportedAt: local('10:05:00'), reportedTo: ['department-head'] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-configured', issues: [{ path: ['config', 'rules', 'P08.escalation', 'difficultWithin'] }] },
    });
  });

  it('a difficult problem told to the head at the limit is met; 1 ms later is breached', () => {
    const at = (reportedAt: string) =>
      escalation({ kind: 'difficult', foundAt, reportedAt, reportedTo: ['department-head'] }, { config });
    expect(at(local('10:30:00'))).toMatchObject({ ok: true, result: { status: 'met' } });
    expect(at(local('10:30:00.001'))).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('a major problem told on time to the head only is breached: the office manager was owed it too', () => {
    const r = escalation(
      { kind: 'major', foundAt, reportedAt: local('10:10:00'), reportedTo: ['department-head'] },
      {
        config,
      },
    );
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('未按4.5上报管理处经理');
    const both = escalation(
      { kind: 'major', foundAt, reportedAt: local('11:00:00'), reportedTo: ['department-head', 'office-manager'] },
      { config },
    );
    expect(both).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('not yet reported: pending, then breached past the limit', () => {
    expect(escalation({ kind: 'major', foundAt, asOf: local('10:30:00') }, { config })).toMatchObject({
      ok: true,
      result: { status: 'pending' },
    });
    expect(escalation({ kind: 'major', foundAt, asOf: local('11:00:00.001') }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('rejects a report before the problem and a limit out of range', () => {
    expect(escalation({ kind: 'major', foundAt, reportedAt: local('09:00:00') }, { config })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['reportedAt'] }] },
    });
    const bad = { rules: { 'P08.escalation': { difficultWithin: 'P30D' } } };
    expect(escalation({ kind: 'difficult', foundAt, reportedAt: local('10:05:00') }, { config: bad })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config' },
    });
  });
});
