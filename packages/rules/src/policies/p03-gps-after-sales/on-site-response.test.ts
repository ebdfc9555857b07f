import { describe, expect, it } from 'vitest';
import { onSiteResponse } from './on-site-response.js';

// Seed 職責 (line 88): 及時趕赴現場處理各種故障 — 及時 has no number: the organisation sets it (#18, param).
const reportedAt = '2026-03-02T09:00:00+08:00';
const config = { rules: { 'P03.on-site-response': { onSiteWithin: 'PT2H' } } };

describe('P03.on-site-response (職責, seed line 88)', () => {
  it('unconfigured, the rule answers not-configured naming onSiteWithin (no invented limit)', () => {
    expect(onSiteResponse({ reportedAt, onSiteAt: '2026-03-02T09:05:00+08:00' })).toMatchObject({
      ok: false,
      error: {
        code: 'not-configured',
        issues: [{ path: ['config', 'rules', 'P03.on-site-response', 'onSiteWithin'] }],
      },
    });
  });

  it('with PT2H set: on site at exactly 2 h is met, one second later breached', () => {
    expect(onSiteResponse({ reportedAt, onSiteAt: '2026-03-02T11:00:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    const late = onSiteResponse({ reportedAt, onSiteAt: '2026-03-02T11:00:01+08:00' }, { config });
    expect(late).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(late.ok && late.result.explanation.en).toContain("the organisation's limit for 及時");
  });

  it('not yet on site: pending inside the limit, breached once it has passed', () => {
    expect(onSiteResponse({ reportedAt, asOf: '2026-03-02T09:30:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'pending' },
    });
    expect(onSiteResponse({ reportedAt, asOf: '2026-03-02T11:00:01+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('a limit outside PT1M–P7D is a configuration error; an arrival before the report a bad fact', () => {
    const tooLong = { rules: { 'P03.on-site-response': { onSiteWithin: 'P8D' } } };
    expect(onSiteResponse({ reportedAt }, { config: tooLong })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-config',
        issues: [{ path: ['config', 'rules', 'P03.on-site-response', 'onSiteWithin'] }],
      },
    });
    expect(onSiteResponse({ reportedAt, onSiteAt: '2026-03-02T08:59:59+08:00' }, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['onSiteAt'] }] },
    });
  });
});
