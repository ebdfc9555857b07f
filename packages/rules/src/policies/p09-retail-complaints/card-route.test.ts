import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { type CardRouteStep, cardRoute } from './card-route.js';

// Seed 第十六條 (line 246): 門店受理 → 填寫《客戶投訴記錄卡》 → 門店處理 / 與營運主管協商處理 → 處理意見或結果隨卡上交公司;
// 不能協商處理的 → 記錄卡直接上交公司營運部客服.
describe('P09.card-route (第十六條, seed line 246)', () => {
  it('each branch of 第十六條 1 ending with the card sent is met', () => {
    const branches: CardRouteStep[][] = [
      ['store-received', 'card-filled', 'store-handled', 'card-sent'],
      ['store-received', 'card-filled', 'supervisor-consulted', 'handled-with-supervisor', 'card-sent'],
      ['store-received', 'card-filled', 'supervisor-consulted', 'card-sent'],
    ];
    for (const steps of branches) {
      expect(cardRoute({ steps })).toMatchObject({ ok: true, result: { status: 'met' } });
    }
  });

  it('reproduction (#18): the store handled it after sending the card (the result not with the card): breached, too late', () => {
    expect(cardRoute({ steps: ['store-received', 'card-filled', 'card-sent', 'store-handled'] })).toMatchObject({
      ok: true,
      result: { status: 'breached', value: { problem: 'too-late', step: 'store-handled', relatedStep: 'card-sent' } },
    });
  });

  it('no card filled before it was sent, or never sent: breached, naming the step', () => {
    expect(cardRoute({ steps: ['store-received', 'store-handled', 'card-sent'] })).toMatchObject({
      ok: true,
      result: { status: 'breached', value: { problem: 'missing', step: 'card-filled' } },
    });
    expect(cardRoute({ steps: ['store-received', 'card-filled', 'store-handled'] })).toMatchObject({
      ok: true,
      result: { status: 'breached', value: { problem: 'missing', step: 'card-sent' } },
    });
  });

  it('the supervisor consulted after handling together is too late; in progress names the next step', () => {
    expect(
      cardRoute({
        steps: ['store-received', 'card-filled', 'handled-with-supervisor', 'supervisor-consulted', 'card-sent'],
      }),
    ).toMatchObject({
      ok: true,
      result: { status: 'breached', value: { problem: 'too-late', step: 'supervisor-consulted' } },
    });
    expect(cardRoute({ steps: ['store-received', 'card-filled'], inProgress: true })).toMatchObject({
      ok: true,
      result: { status: 'met', value: { nextStep: 'card-sent' } },
    });
  });

  it('a config override: with the store handling required, a card sent unhandled is breached', () => {
    const config = {
      rules: { 'P09.card-route': { optionalSteps: ['supervisor-consulted', 'handled-with-supervisor'] } },
    };
    expect(
      evaluate('P09.card-route', { steps: ['store-received', 'card-filled', 'card-sent'] }, { config }),
    ).toMatchObject({ ok: true, result: { status: 'breached', value: { step: 'store-handled' } } });
  });

  it('a step off the flow is rejected naming the entry', () => {
    expect(cardRoute({ steps: ['store-received', 'apologised'] } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['steps', 1] }] },
    });
  });
});
