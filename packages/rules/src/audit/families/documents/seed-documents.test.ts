/**
 * Review of the documents family (P02), moved from seed-desks.test.ts: each test names the seed clause it
 * checks, and the defect it pins down.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, only } from '../../test-kit.js';

describe('documents: lines out of time order, orphans', () => {
  it('P02 1.9: a change after the signature breaches, whichever line comes first', async () => {
    const r = await audit([
      ev('document-modified', '2026-03-03T09:00', { case: 'D2' }),
      ev('document-signed', '2026-03-02T09:00', { case: 'D2' }),
    ]);
    expect(only(r, 'P02.signed-immutable').result.status).toBe('breached');
  });

  it('P02 1.9: a draft changed before the signature is no breach, whichever line comes first', async () => {
    const r = await audit([
      ev('document-modified', '2026-03-01T09:00', { case: 'D2' }),
      ev('document-signed', '2026-03-02T09:00', { case: 'D2' }),
    ]);
    expect(only(r, 'P02.signed-immutable').result.status).toBe('met');
  });

  it('P02 1.3: a return logged before its loan still closes the loan', async () => {
    const r = await audit([
      ev('document-returned', '2026-03-04T09:00', { case: 'D1' }),
      ev('document-borrowed', '2026-03-02T09:00', { case: 'D1', purpose: 'a', handler: 'E1', returnBy: '2026-03-05' }),
    ]);
    expect(only(r, 'P02.borrowing-record').result.status).toBe('met');
    expect(r.summary.rejected).toBe(0);
  });

  it('P02 1.3: a return of a file never lent out is an orphan event (docs/events.md)', async () => {
    const r = await audit([ev('document-returned', '2026-03-04T09:00', { case: 'D9' })]);
    expect(r.rejected.map((x) => [x.line, x.code])).toEqual([[1, 'orphan-event']]);
  });

  it('P02 2.1: route steps are judged in time order, not line order', async () => {
    const steps = ['signed-in', 'classified', 'registered', 'gm-reviewed', 'circulated', 'delivered', 'handled'];
    const lines = [...steps, 'result-written', 'filed'].map((step, i) =>
      ev('document-step', `2026-03-0${2 + Math.floor(i / 4)}T1${i % 4}:00`, { case: 'D3', flow: 'incoming', step }),
    );
    // The first two steps swapped in the file: their times still say signed-in came first.
    const r = await audit([lines[1], lines[0], ...lines.slice(2)].filter((l): l is string => l !== undefined));
    expect(only(r, 'P02.incoming-route').result.status).toBe('met');
    expect(r.summary.rejected).toBe(0);
  });
});

describe('documents: a route in progress under maxDelay', () => {
  it('P02 2.1: steps days apart are judged whole, as in one go; the sweep never takes an unfiled route as finished', async () => {
    const steps = ['signed-in', 'classified', 'registered', 'gm-reviewed', 'circulated', 'delivered', 'handled'];
    // One step every two days: with maxDelay P1D the horizon passes each before the next comes.
    const lines = [...steps, 'result-written', 'filed'].map((step, i) =>
      ev('document-step', `2026-03-${String(2 + 2 * i).padStart(2, '0')}T10:00`, {
        case: 'D3',
        flow: 'incoming',
        step,
      }),
    );
    const oneGo = await audit(lines);
    const swept = await audit(lines, { maxDelay: 'P1D' });
    // The reproduction: the sweep settled the route after its first step as "met so far", and the later
    // steps were never judged (an in-progress finding on line 1 only).
    expect(only(swept, 'P02.incoming-route').lines).toEqual(only(oneGo, 'P02.incoming-route').lines);
    expect(only(swept, 'P02.incoming-route').result.status).toBe(only(oneGo, 'P02.incoming-route').result.status);
    expect(swept.summary.rejected).toBe(0);
  });
});

describe('documents: spreading and showing (#18, P02 1.4 line 55, 1.5 line 56)', () => {
  it('reproduction #18: a document-accessed line with action spread or show is decided from the log', async () => {
    const spread = await audit([
      ev('document-accessed', '2026-03-06T10:00', {
        classification: 'secret',
        action: 'spread',
        actorRole: 'clerk',
        gmApproved: true,
      }),
    ]);
    expect(only(spread, 'P02.access').result.status).toBe('breached');
    const shown = await audit([
      ev('document-accessed', '2026-03-06T10:00', {
        classification: 'personnel',
        action: 'show',
        actorRole: 'keeper',
        gmApproved: true,
      }),
    ]);
    expect(only(shown, 'P02.access').result.status).toBe('met');
    expect(shown.summary.rejected).toBe(0);
  });
});
