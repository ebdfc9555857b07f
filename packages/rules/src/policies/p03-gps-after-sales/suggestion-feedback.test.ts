import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { suggestionFeedback } from './suggestion-feedback.js';

// Seed 客戶服務 (line 102): 意見和建議都應向公司相關部門反映，並將處理意見和結果及時通報給客戶 — 及時 has no number.
const receivedAt = '2026-03-02T09:00:00+08:00';
const config = { rules: { 'P03.suggestion-feedback': { reportWithin: 'P7D' } } };

describe('P03.suggestion-feedback (客戶服務, seed line 102)', () => {
  it('unconfigured, the rule answers not-configured naming reportWithin (no invented limit)', () => {
    expect(suggestionFeedback({ receivedAt, forwarded: true })).toMatchObject({
      ok: false,
      error: {
        code: 'not-configured',
        issues: [{ path: ['config', 'rules', 'P03.suggestion-feedback', 'reportWithin'] }],
      },
    });
  });

  it('with P7D set: reported at exactly 7 days is met, one second later breached, not yet pending', () => {
    const on = { receivedAt, forwarded: true, reportedAt: '2026-03-09T09:00:00+08:00' };
    expect(suggestionFeedback(on, { config })).toMatchObject({ ok: true, result: { status: 'met' } });
    expect(suggestionFeedback({ ...on, reportedAt: '2026-03-09T09:00:01+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
    expect(
      suggestionFeedback({ receivedAt, forwarded: true, asOf: '2026-03-03T09:00:00+08:00' }, { config }),
    ).toMatchObject({ ok: true, result: { status: 'pending' } });
  });

  it('reproduction (#18): never passed on to the departments is breached, though reported back in time', () => {
    const out = suggestionFeedback(
      { receivedAt, forwarded: false, reportedAt: '2026-03-03T09:00:00+08:00' },
      { config },
    );
    expect(out).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(out.ok && out.result.explanation.en).toContain('not passed on');
  });

  it('a config override is honoured (P1D), and a report before the suggestion is rejected naming the field', () => {
    const day = { rules: { 'P03.suggestion-feedback': { reportWithin: 'P1D' } } };
    expect(
      evaluate(
        'P03.suggestion-feedback',
        { receivedAt, forwarded: true, reportedAt: '2026-03-04T09:00:00+08:00' },
        { config: day },
      ),
    ).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(
      suggestionFeedback({ receivedAt, forwarded: true, reportedAt: '2026-03-01T09:00:00+08:00' }, { config }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-facts', issues: [{ path: ['reportedAt'] }] } });
  });
});
