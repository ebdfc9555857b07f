/**
 * #18 (seed-e): the front-desk duties and the 定期 rounds decided from their own lines — P08 4.2 (line 201),
 * 4.11 (219), 4.12 (220), 4.13 (221), 4.15 (223); P10 職責 5 (266), (三)走訪 (323); P12 5.1 (389).
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, ledgerOf, only } from '../../test-kit.js';

const limits = {
  rules: {
    'P08.enquiry-reply': { replyWithin: 'PT2H' },
    'P08.key-reconciliation': { every: 'P30D' },
    'P08.satisfaction-survey': { every: 'P92D' },
    'P10.customer-work': { trainingEvery: 'P92D', visitEvery: 'P30D' },
    'P10.visit-rounds': { every: 'P30D' },
  },
};

describe('P08 4.2 line 201: move-in and renovation procedures', () => {
  it('a move-in off the developer’s list and a renovation before move-in are breached', async () => {
    const r = await audit([
      ev('unit-procedure-done', '2026-03-02T10:00', { procedure: 'move-in', unit: '1-101', onDeveloperList: true }),
      ev('unit-procedure-done', '2026-03-02T11:00', { procedure: 'move-in', unit: '1-102', onDeveloperList: false }),
      ev('unit-procedure-done', '2026-03-02T12:00', { procedure: 'renovation', unit: '1-103', movedIn: false }),
    ]);
    expect(findingsOf(r, 'P08.unit-procedure').map((f) => f.result.status)).toEqual(['met', 'breached', 'breached']);
  });

  it('a move-in line without onDeveloperList is refused, naming the field', async () => {
    const r = await audit([ev('unit-procedure-done', '2026-03-02T10:00', { procedure: 'move-in' })]);
    expect(r.rejected).toMatchObject([{ line: 1, code: 'invalid-facts' }]);
    expect(JSON.stringify(r.rejected[0])).toContain('onDeveloperList');
  });
});

describe('P08 4.11 line 219: enquiries recorded and answered within the limit set', () => {
  const line = ev('enquiry-answered', '2026-03-02T12:30', {
    employee: 'E1',
    channel: 'call',
    receivedAt: '2026-03-02T10:00:00+08:00',
    recorded: true,
  });

  it('unconfigured, the line is refused as not-configured', async () => {
    const r = await audit([line]);
    expect(findingsOf(r, 'P08.enquiry-reply')).toEqual([]);
    expect(r.rejected).toMatchObject([{ line: 1, code: 'not-configured' }]);
  });

  it('configured, an answer 2 h 30 min after the call is breached', async () => {
    const r = await audit([line], { config: limits });
    expect(only(r, 'P08.enquiry-reply').result.status).toBe('breached');
  });
});

describe('P08 4.13 line 221: patrol findings followed up', () => {
  it('a finding closed without its result recorded is breached', async () => {
    const r = await audit([
      ev('patrol-finding-closed', '2026-03-02T16:00', { rectificationRequested: true, resultRecorded: false }),
      ev('patrol-finding-closed', '2026-03-03T16:00', { rectificationRequested: true, resultRecorded: true }),
    ]);
    expect(findingsOf(r, 'P08.patrol-follow-up').map((f) => f.result.status)).toEqual(['breached', 'met']);
  });
});

describe('P08 4.12, 4.15; P10 職責 5, (三)走訪: rounds done 定期 (round-done)', () => {
  const rounds = [
    ev('round-done', '2026-03-05T10:00', {
      rule: 'P08.key-reconciliation',
      previousAt: '2026-01-20T10:00:00+08:00',
      listUpdated: true,
    }),
    ev('round-done', '2026-03-06T10:00', { rule: 'P08.satisfaction-survey', summarised: false }),
    ev('round-done', '2026-03-09T10:00', {
      employee: 'E1',
      rule: 'P10.customer-work',
      activity: 'key-customer-visit',
      previousAt: '2026-02-20T10:00:00+08:00',
    }),
    ev('round-done', '2026-03-20T10:00', {
      employee: 'E2',
      rule: 'P10.visit-rounds',
      previousAt: '2026-02-01T10:00:00+08:00',
      reportWritten: true,
    }),
  ];

  it('each round is judged by its own rule, from its previous round', async () => {
    const r = await audit(rounds, { config: limits });
    expect(only(r, 'P08.key-reconciliation').result.status).toBe('breached'); // 44 days after the previous one
    expect(only(r, 'P08.satisfaction-survey').result.status).toBe('breached'); // first on record, not summarised
    expect(only(r, 'P10.customer-work').result.status).toBe('met');
    expect(only(r, 'P10.visit-rounds').result.status).toBe('breached'); // 47 days
  });

  it('a P10 round breached is priced through the P10 ladder', async () => {
    const r = await audit(rounds, { config: limits });
    expect(ledgerOf(r, 'E2', '2026-03')).toMatchObject({ ownFines: 100 });
  });

  it('unconfigured, every round is refused as not-configured; a key round without listUpdated as invalid', async () => {
    const r = await audit(rounds);
    expect(r.rejected.map((x) => x.code)).toEqual([
      'not-configured',
      'not-configured',
      'not-configured',
      'not-configured',
    ]);
    const missing = await audit([ev('round-done', '2026-03-05T10:00', { rule: 'P08.key-reconciliation' })], {
      config: limits,
    });
    expect(missing.rejected).toMatchObject([{ line: 1, code: 'invalid-facts' }]);
  });
});

describe('P12 5.1 line 389: an assessment form per person per month', () => {
  it('a month with a person lacking a form is breached', async () => {
    const r = await audit([
      ev('assessment-forms-checked', '2026-03-31T18:00', { month: '2026-03', staff: ['E1', 'E2'], forms: ['E1'] }),
    ]);
    expect(only(r, 'P12.assessment-forms').result.status).toBe('breached');
    expect(only(r, 'P12.assessment-forms').result.explanation.en).toContain('E2');
  });
});
