/**
 * The services family against the seed (P01 services, P08 work orders): the events of docs/events.md become
 * each rule's facts, and the finding is the rule's own result. Moved here from families.test.ts and
 * seed-complaints-calls.test.ts (#14: each family's tests in its folder).
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, only } from '../../test-kit.js';

describe('services and repairs', () => {
  it('a convenience service is called back within 2 working days', async () => {
    const r = await audit([
      ev('service-completed', '2026-03-06T16:00', { case: 'V1', employee: 'E2' }), // a Friday
      ev('service-called-back', '2026-03-10T10:00', { case: 'V1', employee: 'E2' }), // Tuesday: 2nd working day
    ]);
    expect(only(r, 'P01.service-callback').result.status).toBe('met');
  });

  it('a work order: engineer arrival with the owner phoned, then feedback', async () => {
    const r = await audit([
      ev('repair-ordered', '2026-03-02T09:00', { case: 'W1', employee: 'G1' }),
      ev('owner-called', '2026-03-02T09:20', { case: 'W1' }),
      ev('engineer-arrived', '2026-03-02T09:35', { case: 'W1', employee: 'G1' }),
      ev('repair-completed', '2026-03-02T11:00', { case: 'W1' }),
      ev('repair-feedback', '2026-03-02T15:00', { case: 'W1' }),
    ]);
    const arrival = only(r, 'P08.engineer-arrival');
    expect(arrival.lines).toEqual([1, 2, 3]);
    expect(arrival.result.status).toBeDefined();
    expect(only(r, 'P08.repair-feedback').result.status).toBe('met');
  });

  it('a paid service is checked against the configured price list at once', async () => {
    const config = { rules: { 'P01.service-fee': { priceList: { 'pipe-unblocking': 60 } } } };
    const r = await audit(
      [
        ev('service-completed', '2026-03-02T09:00', {
          case: 'P1',
          kind: 'paid',
          service: 'pipe-unblocking',
          charged: 80,
        }),
      ],
      { config },
    );
    expect(only(r, 'P01.service-fee').result.status).toBe('breached');
  });
});

describe('services', () => {
  it('P01 服務請求 2: a paid service is priced with the event’s quantity and listPrice', async () => {
    const r = await audit([
      ev('service-completed', '2026-03-02T10:00', {
        case: 'S1',
        employee: 'E1',
        kind: 'paid',
        service: 'lock change',
        charged: 150,
        quantity: 3,
        listPrice: 50,
      }),
    ]);
    expect(r.rejected).toEqual([]);
    expect(only(r, 'P01.service-fee').result.status).toBe('met');
  });
});

describe('work orders', () => {
  it('P08 4.9 (20分鐘內未到達現場，須致電業戶): the owner’s call counts whatever line it comes on', async () => {
    const r = await audit([
      ev('repair-ordered', '2026-03-02T09:00', { case: 'W1', employee: 'G1' }),
      ev('engineer-arrived', '2026-03-02T09:35', { case: 'W1', employee: 'G1' }),
      ev('owner-called', '2026-03-02T09:20', { case: 'W1' }),
    ]);
    const f = only(r, 'P08.engineer-arrival');
    expect(f.result.status).toBe('breached');
    expect(f.result.warnings.map((w) => w.code)).not.toContain('owner-not-called');
    expect(f.lines).toEqual([1, 2, 3]);
  });

  it('P08 4.9: a late arrival with no call at all is still judged, with the desk’s lapse', async () => {
    const r = await audit([
      ev('repair-ordered', '2026-03-02T09:00', { case: 'W1', employee: 'G1' }),
      ev('engineer-arrived', '2026-03-02T09:35', { case: 'W1', employee: 'G1' }),
    ]);
    const f = only(r, 'P08.engineer-arrival');
    expect(f.result.status).toBe('breached');
    expect(f.result.warnings.map((w) => w.code)).toContain('owner-not-called');
  });

  it('P08 4.9: an arrival within 20 minutes (inclusive) is decided on its own line', async () => {
    const r = await audit([
      ev('repair-ordered', '2026-03-02T09:00', { case: 'W1', employee: 'G1' }),
      ev('engineer-arrived', '2026-03-02T09:20', { case: 'W1', employee: 'G1' }),
      ev('repair-completed', '2026-03-02T11:00', { case: 'W1' }),
    ]);
    const f = only(r, 'P08.engineer-arrival');
    expect(f.result.status).toBe('met');
    expect(f.lines).toEqual([1, 2]);
  });
});

describe('P08 4.3: a repair left open overnight (line 202)', () => {
  it('is judged from the log: completed after the review day with no duty-log note is breached', async () => {
    const r = await audit([
      ev('repair-ordered', '2026-03-02T16:00', { case: 'W7', employee: 'G1' }),
      ev('engineer-arrived', '2026-03-02T16:10', { case: 'W7', employee: 'G1' }),
      ev('repair-completed', '2026-03-04T10:00', { case: 'W7' }),
    ]);
    expect(only(r, 'P08.open-repairs').result.status).toBe('breached');
  });

  it('a note with reason and date on the review day meets it, even when its line comes after the completion', async () => {
    const r = await audit([
      ev('repair-ordered', '2026-03-02T16:00', { case: 'W8', employee: 'G1' }),
      ev('repair-completed', '2026-03-04T10:00', { case: 'W8' }),
      ev('repair-noted-open', '2026-03-03T09:00', {
        case: 'W8',
        reason: 'waiting for a part',
        resolveBy: '2026-03-04',
      }),
    ]);
    const finding = only(r, 'P08.open-repairs');
    expect(finding.result.status).toBe('met');
    expect(finding.lines).toEqual([1, 2, 3]);
  });

  it('a note without the resolution date is breached', async () => {
    const r = await audit([
      ev('repair-ordered', '2026-03-02T16:00', { case: 'W9', employee: 'G1' }),
      ev('repair-noted-open', '2026-03-03T09:00', { case: 'W9', reason: 'waiting for a part' }),
      ev('repair-completed', '2026-03-05T10:00', { case: 'W9' }),
    ]);
    expect(only(r, 'P08.open-repairs').result.status).toBe('breached');
  });

  it('a repair completed on its own day is not applicable', async () => {
    const r = await audit([
      ev('repair-ordered', '2026-03-02T09:00', { case: 'W10', employee: 'G1' }),
      ev('repair-completed', '2026-03-02T11:00', { case: 'W10' }),
    ]);
    expect(only(r, 'P08.open-repairs').result.status).toBe('not-applicable');
  });
});

describe('P08 4.9: the desk phones the owner when the engineers are late (line 217)', () => {
  it('a late arrival with no call is the desk’s own breach, P08.owner-call', async () => {
    const r = await audit([
      ev('repair-ordered', '2026-03-02T09:00', { case: 'W11', employee: 'G1' }),
      ev('engineer-arrived', '2026-03-02T09:35', { case: 'W11', employee: 'G1' }),
      ev('repair-completed', '2026-03-02T11:00', { case: 'W11' }),
    ]);
    expect(only(r, 'P08.owner-call').result.status).toBe('breached');
  });

  it('a call before the arrival giving the completion time meets it, its line after the arrival’s', async () => {
    const r = await audit([
      ev('repair-ordered', '2026-03-02T09:00', { case: 'W12', employee: 'G1' }),
      ev('engineer-arrived', '2026-03-02T09:35', { case: 'W12', employee: 'G1' }),
      ev('owner-called', '2026-03-02T09:25', { case: 'W12', expectedCompletionAt: '2026-03-02T11:30:00+08:00' }),
      ev('repair-completed', '2026-03-02T11:00', { case: 'W12' }),
    ]);
    const finding = only(r, 'P08.owner-call');
    expect(finding.result.status).toBe('met');
    expect(finding.lines).toEqual([1, 2, 3]);
  });
});
