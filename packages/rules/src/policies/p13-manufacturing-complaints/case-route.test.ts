import { describe, expect, it } from 'vitest';
import { CASE_ROUTE_STEPS, type CaseRouteStep, caseRoute } from './case-route.js';

// Seed 第九條(三)(四)(五) (lines 432–434): 編列客訴編號并登記 → 質量管理部 → 生產單位 → 經理室 → (研發部) →
// 總經理室查核 → 業務部門擬定處理意見 → 向客戶說明、交涉 → 經主管核閱后送回總經理室 → 綜合意見 → 依核決權限核決
// → 送回業務部依批示處理。
const full: CaseRouteStep[] = CASE_ROUTE_STEPS.filter((s) => s !== 'rnd-advised');
const without = (step: CaseRouteStep) => full.filter((s) => s !== step);

describe('P13.case-route (第九條(三)(四)(五))', () => {
  it('the eleven required steps in the seed order are met; R&D advice may come after the manager', () => {
    expect(caseRoute({ steps: full })).toMatchObject({
      ok: true,
      result: { status: 'met', clause: 'P13 第九條(三)(四)(五)', measured: { value: 11 }, target: { value: 11 } },
    });
    expect(caseRoute({ steps: [...CASE_ROUTE_STEPS] })).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('reproduction (#18 item 2): a negotiation result not reviewed by the supervisor ((四) 經主管核閱) is breached', () => {
    const r = caseRoute({ steps: without('result-reviewed') });
    expect(r).toMatchObject({
      ok: true,
      result: {
        status: 'breached',
        value: { problem: 'missing', step: 'result-reviewed', index: 7, relatedStep: 'combined-opinion' },
      },
    });
    expect(r.ok && r.result.explanation.zh).toContain('经主管核阅后送回总经理室');
  });

  it('production before QA ((三) 送質量管理部…后，送生產單位) is out of order', () => {
    const steps: CaseRouteStep[] = ['registered', 'production-analysed', 'quality-analysed', ...full.slice(3)];
    expect(caseRoute({ steps })).toMatchObject({
      ok: true,
      result: { status: 'breached', value: { problem: 'out-of-order', step: 'production-analysed', index: 1 } },
    });
  });

  it('R&D advice after the GM office has checked the case comes too late', () => {
    const steps: CaseRouteStep[] = [...full.slice(0, 5), 'rnd-advised', ...full.slice(5)];
    expect(caseRoute({ steps })).toMatchObject({
      ok: true,
      result: {
        status: 'breached',
        value: { problem: 'too-late', step: 'rnd-advised', relatedStep: 'gm-office-checked' },
      },
    });
  });

  it('a case carried out without approval is breached; still in progress it names the next step', () => {
    const stopped = full.slice(0, 9);
    expect(caseRoute({ steps: [...stopped, 'returned-to-sales'] })).toMatchObject({
      ok: true,
      result: { status: 'breached', value: { problem: 'missing', step: 'approved', index: 9 } },
    });
    expect(caseRoute({ steps: full.slice(0, 9), inProgress: true })).toMatchObject({
      ok: true,
      result: { status: 'met', value: { nextStep: 'approved' } },
    });
  });

  it('rejects a step off the route, naming the entry', () => {
    expect(caseRoute({ steps: ['registered', 'shipped'] } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['steps', 1] }] },
    });
  });

  it('an organisation can require the R&D advice through config.rules', () => {
    const config = { rules: { 'P13.case-route': { optionalSteps: [] } } };
    expect(caseRoute({ steps: full }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached', value: { problem: 'missing', step: 'rnd-advised' } },
    });
    expect(caseRoute({ steps: [...CASE_ROUTE_STEPS] }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met', target: { value: 12 } },
    });
  });
});
