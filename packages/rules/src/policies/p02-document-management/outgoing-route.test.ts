import { describe, expect, it } from 'vitest';
import { outgoingRoute } from './outgoing-route.js';

// Seed 2.2 (lines 72–75): ⑴ 均必須送總經理審閱后，方可外發 ⑵ 領導批轉后，原件由部門文員留存、歸檔
// ⑶ 統一由部門文員負責進行編號、登記和外發事項。
describe('P02.outgoing-route (2.2)', () => {
  it('reviewed, numbered, registered, sent and filed is met; filing may come before sending', () => {
    expect(outgoingRoute({ steps: ['gm-reviewed', 'numbered', 'registered', 'sent', 'filed'] })).toMatchObject({
      ok: true,
      result: { status: 'met', measured: { value: 5 }, target: { value: 5 } },
    });
    expect(outgoingRoute({ steps: ['gm-reviewed', 'filed', 'numbered', 'registered', 'sent'] })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
  });

  it('sent without the GM review is breached, naming the missing review', () => {
    const r = outgoingRoute({ steps: ['numbered', 'registered', 'sent', 'filed'] });
    expect(r).toMatchObject({
      ok: true,
      result: {
        status: 'breached',
        value: { problem: 'missing', step: 'gm-reviewed', index: 0, relatedStep: 'numbered' },
      },
    });
    expect(r.ok && r.result.explanation.zh).toContain('缺少步骤「总经理审阅」');
  });

  it('sent before the GM review is out of order', () => {
    const r = outgoingRoute({ steps: ['numbered', 'registered', 'sent', 'gm-reviewed', 'filed'] });
    expect(r).toMatchObject({
      ok: true,
      result: { value: { problem: 'out-of-order', step: 'numbered', index: 0, relatedStep: 'gm-reviewed' } },
    });
  });

  it('registered before numbered is out of order; the original never filed is missing', () => {
    expect(outgoingRoute({ steps: ['gm-reviewed', 'registered', 'numbered', 'sent', 'filed'] })).toMatchObject({
      ok: true,
      result: { value: { problem: 'out-of-order', step: 'registered', relatedStep: 'numbered' } },
    });
    expect(outgoingRoute({ steps: ['gm-reviewed', 'numbered', 'registered', 'sent'] })).toMatchObject({
      ok: true,
      result: { status: 'breached', value: { problem: 'missing', step: 'filed', index: 4 } },
    });
  });

  it('an empty route in progress is met with the GM review next; finished, it is missing', () => {
    expect(outgoingRoute({ steps: [], inProgress: true })).toMatchObject({
      ok: true,
      result: { status: 'met', value: { nextStep: 'gm-reviewed' } },
    });
    expect(outgoingRoute({ steps: [] })).toMatchObject({
      ok: true,
      result: { status: 'breached', value: { problem: 'missing', step: 'gm-reviewed' } },
    });
  });

  it('rejects an unknown step name with its path', () => {
    expect(outgoingRoute({ steps: ['gm-reviewed', 'faxed'] } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['steps', 1] }] },
    });
  });

  it('an organisation that does not file originals can make filing optional', () => {
    const config = { rules: { 'P02.outgoing-route': { optionalSteps: ['filed'] } } };
    expect(outgoingRoute({ steps: ['gm-reviewed', 'numbered', 'registered', 'sent'] }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met', target: { value: 4 } },
    });
  });
});
