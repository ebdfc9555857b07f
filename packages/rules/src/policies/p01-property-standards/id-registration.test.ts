import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { idRegistration } from './id-registration.js';

// Seed 放行 3 (line 5): 登記有效證件不超過60秒/人/次。
const startedAt = '2026-11-27T15:00:00+08:00';
const finish = (time: string, persons?: number) =>
  idRegistration({ startedAt, finishedAt: `2026-11-27T${time}+08:00`, ...(persons && { persons }) });

describe('P01.id-registration (放行 3)', () => {
  it('exactly 60 s is met (inclusive)', () => {
    expect(finish('15:01:00')).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        measured: { value: 60, unit: 'second' },
        target: { value: 60, unit: 'second', comparator: '<=' },
        clause: 'P01 放行 3',
        sanctions: [],
      },
    });
  });

  it('61 s is breached, and 60.001 s already is', () => {
    const r = finish('15:01:01');
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 61 } } });
    expect(r.ok && r.result.explanation.en).toContain('61 s per person, over the 60 s limit');
    expect(r.ok && r.result.explanation.zh).toContain('超过60秒');
    expect(finish('15:01:00.001')).toMatchObject({
      ok: true,
      result: { status: 'breached', measured: { value: 60.001 } },
    });
  });

  it('the limit is per person: 3 people in 180 s is met, in 181 s breached', () => {
    expect(finish('15:03:00', 3)).toMatchObject({ ok: true, result: { status: 'met', measured: { value: 60 } } });
    expect(finish('15:03:01', 3)).toMatchObject({
      ok: true,
      result: { status: 'breached', measured: { value: 60.334 } },
    });
  });

  it('an instant registration is met', () => {
    expect(finish('15:00:00')).toMatchObject({ ok: true, result: { status: 'met', measured: { value: 0 } } });
  });

  it('rejects a finish before the start, naming finishedAt', () => {
    expect(finish('14:59:59')).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['finishedAt'] }] },
    });
  });

  it('rejects malformed facts with the field named', () => {
    const r = evaluate('P01.id-registration', { startedAt, finishedAt: '15:01', persons: 0 });
    const paths = r.ok ? [] : r.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['finishedAt', 'persons']));
  });

  it('an organisation can set its own limit; out of range is a configuration error', () => {
    const config = { rules: { 'P01.id-registration': { maxPerPerson: 'PT90S' } } };
    expect(idRegistration({ startedAt, finishedAt: '2026-11-27T15:01:30+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met', target: { value: 90 } },
    });
    const bad = { rules: { 'P01.id-registration': { maxPerPerson: 'PT0S' } } };
    expect(idRegistration({ startedAt, finishedAt: startedAt }, { config: bad })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P01.id-registration', 'maxPerPerson'] }] },
    });
  });
});
