import { describe, expect, it } from 'vitest';
import { INCOMING_STEPS, type IncomingStep, incomingRoute } from './incoming-route.js';

// Seed 2.1 (lines 64–71): ⑴ 辦公室簽收 ⑵ 分類、登記和分發傳遞 ⑶ 先送總經理閱批 ⑷ 各部門經理傳閱
// ⑸ 送達文件辦理部門 ⑹ 若有疑問，應及時請示 ⑺ 填寫承辦結果和報告，連同原文退回秘書處存檔。
const full: IncomingStep[] = INCOMING_STEPS.filter((s) => s !== 'queried');
const without = (step: IncomingStep) => full.filter((s) => s !== step);

describe('P02.incoming-route (2.1)', () => {
  it('all steps in the seed order is met', () => {
    expect(incomingRoute({ steps: full })).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        measured: { value: 9, unit: 'step' },
        target: { value: 9, unit: 'step' },
        value: { problem: null, step: null },
      },
    });
  });

  it('asking for instructions while handling is allowed, any number of times', () => {
    const steps: IncomingStep[] = [...full.slice(0, 6), 'queried', 'queried', ...full.slice(6)];
    expect(incomingRoute({ steps })).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('a step skipped is reported missing, by name, before the step that came instead', () => {
    const r = incomingRoute({ steps: without('gm-reviewed') });
    expect(r).toMatchObject({
      ok: true,
      result: {
        status: 'breached',
        measured: { value: 3 },
        value: { problem: 'missing', step: 'gm-reviewed', index: 3, relatedStep: 'circulated' },
      },
    });
    expect(r.ok && r.result.explanation.en).toContain("step 'gm-reviewed' (read and instructed by the GM) is missing");
    expect(r.ok && r.result.explanation.zh).toContain('缺少步骤「总经理阅批」');
  });

  it('circulating before the GM has read it is out of order, by name', () => {
    const steps: IncomingStep[] = [
      'signed-in',
      'classified',
      'registered',
      'circulated',
      'gm-reviewed',
      ...full.slice(5),
    ];
    const r = incomingRoute({ steps });
    expect(r).toMatchObject({
      ok: true,
      result: {
        status: 'breached',
        value: { problem: 'out-of-order', step: 'circulated', index: 3, relatedStep: 'gm-reviewed' },
      },
    });
    expect(r.ok && r.result.explanation.en).toContain(
      "step 4, 'circulated' (circulated to the department managers), is out of order",
    );
  });

  it('a query after the handling is out of order; a repeated step is reported', () => {
    const late: IncomingStep[] = [...full.slice(0, 7), 'queried', ...full.slice(7)];
    expect(incomingRoute({ steps: late })).toMatchObject({
      ok: true,
      result: { value: { problem: 'too-late', step: 'queried', index: 7, relatedStep: 'handled' } },
    });
    const twice: IncomingStep[] = ['signed-in', 'signed-in', ...full.slice(1)];
    expect(incomingRoute({ steps: twice })).toMatchObject({
      ok: true,
      result: { status: 'breached', value: { problem: 'repeated', step: 'signed-in', index: 1 } },
    });
  });

  it('a route stopped before filing is missing its last step, unless it is still in progress', () => {
    const partial = full.slice(0, 5);
    expect(incomingRoute({ steps: partial })).toMatchObject({
      ok: true,
      result: { status: 'breached', value: { problem: 'missing', step: 'delivered', index: 5, relatedStep: null } },
    });
    const r = incomingRoute({ steps: partial, inProgress: true });
    expect(r).toMatchObject({ ok: true, result: { status: 'met', value: { nextStep: 'delivered' } } });
    expect(r.ok && r.result.explanation.en).toContain("next: 'delivered'");
  });

  it('accepts steps with times; times running backwards are rejected, naming the step', () => {
    const timed = full.map((step, i) => ({ step, at: `2026-11-27T${String(8 + i).padStart(2, '0')}:00:00+08:00` }));
    expect(incomingRoute({ steps: timed })).toMatchObject({ ok: true, result: { status: 'met' } });
    const backwards = timed.map((e, i) => (i === 4 ? { ...e, at: '2026-11-27T07:00:00+08:00' } : e));
    expect(incomingRoute({ steps: backwards })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['steps', 4, 'at'] }] },
    });
    expect(incomingRoute({ steps: ['signed-in', 'stamped'] } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['steps', 1] }] },
    });
  });

  it('an organisation can make the circulation optional', () => {
    const config = { rules: { 'P02.incoming-route': { optionalSteps: ['queried', 'circulated'] } } };
    expect(incomingRoute({ steps: without('circulated') }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met', target: { value: 8 } },
    });
    const bad = { rules: { 'P02.incoming-route': { optionalSteps: ['lunch'] } } };
    expect(incomingRoute({ steps: full }, { config: bad })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-config',
        issues: [{ path: ['config', 'rules', 'P02.incoming-route', 'optionalSteps', 0] }],
      },
    });
  });
});
