/**
 * #18 (seed-f): the audit decides from complaint lines P09 第七條 (a declined complaint: the supervisor's
 * decision and a quick answer, P09.decline-reply), P09 第十六條 (the store's card flow, P09.card-route), and
 * P13 第九條(六) (the tracking decision, P13.improvement-tracking), (八) (a disputed conclusion refiled,
 * P13.reopened-form) and (十三) (a rejected complaint's receivable, P13.rejected-receivable).
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, only } from '../../test-kit.js';

const retail = ev('complaint-received', '2026-03-02T09:00', { case: 'R1', employee: 'E1', scheme: 'retail' });
const manufacturing = ev('complaint-received', '2026-03-02T09:00', {
  case: 'M1',
  employee: 'E2',
  scheme: 'manufacturing',
});
const declineConfig = { rules: { 'P09.decline-reply': { replyWithin: 'PT4H' } } };

describe('complaints: a declined retail complaint (P09 第七條, seed line 237)', () => {
  const declined = (decidedBy: string) => ev('complaint-invalidated', '2026-03-02T10:00', { case: 'R1', decidedBy });

  it('reproduction (#18): declined by the store on its own is breached, though answered in time', async () => {
    const r = await audit([retail, declined('store'), ev('complaint-replied', '2026-03-02T11:00', { case: 'R1' })], {
      config: declineConfig,
    });
    expect(only(r, 'P09.decline-reply')).toMatchObject({ employee: 'E1', result: { status: 'breached' } });
  });

  it('declined by the supervisor: answered within the limit met, past it breached, out of order too', async () => {
    const onTime = await audit(
      [ev('complaint-replied', '2026-03-02T14:00', { case: 'R1' }), declined('supervisor'), retail],
      { config: declineConfig },
    );
    expect(only(onTime, 'P09.decline-reply').result.status).toBe('met');
    const late = await audit(
      [retail, declined('supervisor'), ev('complaint-replied', '2026-03-02T14:01', { case: 'R1' })],
      {
        config: declineConfig,
      },
    );
    expect(only(late, 'P09.decline-reply').result.status).toBe('breached');
  });

  it('unconfigured: the decline line is refused as not-configured, naming replyWithin; none without decidedBy', async () => {
    const r = await audit([retail, declined('supervisor')]);
    expect(findingsOf(r, 'P09.decline-reply')).toEqual([]);
    expect(r.rejected.map((x) => x.code)).toEqual(['not-configured']);
    expect(r.rejected[0]?.reason).toContain('replyWithin');
    const silent = await audit([retail, ev('complaint-invalidated', '2026-03-02T10:00', { case: 'R1' })]);
    expect(findingsOf(silent, 'P09.decline-reply')).toEqual([]);
    expect(silent.summary.rejected).toBe(0);
  });
});

describe('complaints: the store’s card flow (P09 第十六條, seed line 246)', () => {
  const card = (steps: readonly string[]) =>
    steps.map((step, i) => ev('complaint-step', `2026-03-02T1${i}:00`, { case: 'R1', step }));

  it('reproduction (#18): the card sent before the store handled it is breached (too late)', async () => {
    const r = await audit([retail, ...card(['store-received', 'card-filled', 'card-sent', 'store-handled'])]);
    expect(only(r, 'P09.card-route').result).toMatchObject({
      status: 'breached',
      value: { problem: 'too-late', step: 'store-handled' },
    });
  });

  it('a whole flow is met, and its steps are kept apart from the handling route (no refusal there)', async () => {
    const r = await audit([retail, ...card(['store-received', 'card-filled', 'store-handled', 'card-sent'])]);
    expect(only(r, 'P09.card-route').result.status).toBe('met');
    expect(findingsOf(r, 'P09.complaint-route')).toEqual([]);
    expect(r.summary.rejected).toBe(0);
  });
});

describe('complaints: P13 第九條(六)(八)(十三) (seed lines 435, 437, 442)', () => {
  it('reproduction (#18): a quality cause with no tracking decision is breached; human negligence exempt', async () => {
    const r = await audit([
      manufacturing,
      ev('complaint-classified', '2026-03-04T09:00', { case: 'M1', cause: 'material' }),
    ]);
    expect(only(r, 'P13.improvement-tracking')).toMatchObject({ employee: 'E2', result: { status: 'breached' } });
    const human = await audit([
      manufacturing,
      ev('complaint-classified', '2026-03-04T09:00', { case: 'M1', cause: 'wrong-quantity' }),
    ]);
    expect(only(human, 'P13.improvement-tracking').result.status).toBe('not-applicable');
  });

  it('reproduction (#18): a disputed conclusion never refiled is breached at the end; refiled with the original, met', async () => {
    const disputed = ev('conclusion-disputed', '2026-03-10T09:00', { case: 'M1' });
    const r = await audit([manufacturing, disputed]);
    expect(only(r, 'P13.reopened-form').result.status).toBe('breached');
    const refiled = ev('complaint-refiled', '2026-03-11T09:00', {
      case: 'M1',
      newForm: '260307',
      originalAttached: true,
    });
    expect(only(await audit([manufacturing, refiled, disputed]), 'P13.reopened-form').result.status).toBe('met');
  });

  it('with maxDelay, a refiling after a long pause still counts (the sweep does not settle it before)', async () => {
    const r = await audit(
      [
        manufacturing,
        ev('conclusion-disputed', '2026-03-03T09:00', { case: 'M1' }),
        ev('complaint-received', '2026-03-20T09:00', { case: 'C9', employee: 'E1' }),
        ev('complaint-refiled', '2026-03-21T09:00', { case: 'M1', newForm: '260307' }),
      ],
      { maxDelay: 'P1D' },
    );
    expect(only(r, 'P13.reopened-form').result.explanation.en).toContain('without the original attached');
  });

  it('reproduction (#18): a rejected complaint’s receivable not collected by its due date is breached; on time met', async () => {
    const rejected = ev('complaint-invalidated', '2026-03-05T09:00', { case: 'M1', receivableDueOn: '2026-03-20' });
    const open = await audit([manufacturing, rejected]);
    expect(only(open, 'P13.rejected-receivable')).toMatchObject({ employee: 'E2', result: { status: 'breached' } });
    const paid = await audit([manufacturing, rejected, ev('receivable-collected', '2026-03-20T16:00', { case: 'M1' })]);
    expect(only(paid, 'P13.rejected-receivable').result.status).toBe('met');
  });

  it('a customer’s objection decides it instead: reported to the superior met, not reported breached', async () => {
    const rejected = ev('complaint-invalidated', '2026-03-05T09:00', { case: 'M1', receivableDueOn: '2026-03-20' });
    const objected = (escalated: boolean) => ev('receivable-objected', '2026-03-10T09:00', { case: 'M1', escalated });
    const up = await audit([manufacturing, rejected, objected(true)]);
    expect(only(up, 'P13.rejected-receivable').result.status).toBe('met');
    const kept = await audit([objected(false), manufacturing, rejected]);
    expect(only(kept, 'P13.rejected-receivable').result.status).toBe('breached');
  });
});

describe('complaints: the approved result passed on quickly (P13 第七條(一)4, seed line 410)', () => {
  const returned = ev('complaint-step', '2026-03-09T09:00', { case: 'M1', step: 'returned-to-sales' });
  const config = { rules: { 'P13.result-relay': { relayWithin: 'PT8H' } } };

  it('reproduction (#18): the customer told a day after the form came back, past the limit, is breached', async () => {
    const r = await audit([manufacturing, returned, ev('result-relayed', '2026-03-10T09:00', { case: 'M1' })], {
      config,
    });
    expect(only(r, 'P13.result-relay')).toMatchObject({ employee: 'E2', result: { status: 'breached' } });
  });

  it('within the limit met, whatever order the lines came in; without a relay line, not judged', async () => {
    const r = await audit([ev('result-relayed', '2026-03-09T16:00', { case: 'M1' }), returned, manufacturing], {
      config,
    });
    expect(only(r, 'P13.result-relay').result.status).toBe('met');
    expect(findingsOf(await audit([manufacturing, returned]), 'P13.result-relay')).toEqual([]);
  });

  it('unconfigured: the relay is refused as not-configured, naming relayWithin', async () => {
    const r = await audit([manufacturing, returned, ev('result-relayed', '2026-03-09T16:00', { case: 'M1' })]);
    expect(findingsOf(r, 'P13.result-relay')).toEqual([]);
    expect(r.rejected.map((x) => [x.code, x.reason.includes('relayWithin')])).toEqual([['not-configured', true]]);
  });
});

describe('complaints: a property complaint’s record and follow-up (P01 投訴 2, seed line 12)', () => {
  const recordConfig = { rules: { 'P01.complaint-record': { requiredEntries: ['customer', 'request', 'outcome'] } } };
  const received = ev('complaint-received', '2026-03-02T09:00', {
    case: 'P1',
    employee: 'E1',
    customer: 'Room 1201',
    request: 'lift noise',
  });
  const replied = ev('complaint-replied', '2026-03-02T10:00', { case: 'P1', nextReplyAt: '2026-03-03T10:00:00+08:00' });
  const closed = (at: string) => ev('complaint-closed', at, { case: 'P1', outcome: 'motor mount replaced' });

  it('reproduction (#18 投訴 2): the follow-up reply after the agreed next reply time is breached', async () => {
    const r = await audit(
      [received, replied, ev('complaint-replied', '2026-03-03T10:01', { case: 'P1' }), closed('2026-03-03T12:00')],
      { config: recordConfig },
    );
    expect(only(r, 'P01.complaint-record')).toMatchObject({ employee: 'E1', result: { status: 'breached' } });
    // P01.complaint-reply still judges the first reply alone.
    expect(only(r, 'P01.complaint-reply').result.status).toBe('met');
  });

  it('followed up by the agreed time with a complete record is met, whatever order the lines come in', async () => {
    const r = await audit(
      [closed('2026-03-03T12:00'), ev('complaint-replied', '2026-03-03T09:00', { case: 'P1' }), replied, received],
      { config: recordConfig },
    );
    expect(only(r, 'P01.complaint-record').result.status).toBe('met');
  });

  it('a closing with no record entry is not judged; unconfigured, a closing that keeps one is refused', async () => {
    const plain = ev('complaint-closed', '2026-03-03T12:00', { case: 'P1' });
    const silent = await audit([received, replied, plain], { config: recordConfig });
    expect(findingsOf(silent, 'P01.complaint-record')).toEqual([]);
    const refused = await audit([received, replied, closed('2026-03-03T12:00')]);
    expect(findingsOf(refused, 'P01.complaint-record')).toEqual([]);
    expect(refused.rejected.map((x) => x.code)).toContain('not-configured');
    expect(refused.rejected.map((x) => x.reason).join(' ')).toContain('requiredEntries');
  });
});
