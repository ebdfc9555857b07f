import { describe, expect, it } from 'vitest';
import { followUpCase } from './follow-up-case.js';

// Seed (二)回訪細則 (line 302): 如無法現場給予方案解決，在原有個案基礎上建立跟進個案…并及時與相關負責人協調解決方案，同時向客戶答復。
const base = { newNeed: true, originalCase: 'K-17' } as const;

describe('P10.follow-up-case ((二)回訪細則, line 302)', () => {
  it('a follow-up case linked to the original and answered is met', () => {
    expect(followUpCase({ ...base, followUpCase: 'K-31', followUpOf: 'K-17', followUpAnswered: true })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
  });

  it('no follow-up case, one linked elsewhere, or one never answered is breached, saying which', () => {
    const none = followUpCase({ ...base, followUpAnswered: true });
    expect(none.ok && none.result.explanation.en).toContain('no follow-up case opened');
    const elsewhere = followUpCase({ ...base, followUpCase: 'K-31', followUpOf: 'K-2', followUpAnswered: true });
    expect(elsewhere).toMatchObject({ result: { status: 'breached' } });
    expect(elsewhere.ok && elsewhere.result.explanation.zh).toContain('跟进个案K-31未关联原个案');
    const unanswered = followUpCase({ ...base, followUpCase: 'K-31', followUpOf: 'K-17' });
    expect(unanswered.ok && unanswered.result.explanation.zh).toContain('未答复客户');
  });

  it('no new need, or one solved on the call, owes no follow-up case', () => {
    expect(followUpCase({ newNeed: false })).toMatchObject({ result: { status: 'not-applicable' } });
    expect(followUpCase({ newNeed: true, solvedOnCall: true })).toMatchObject({ result: { status: 'not-applicable' } });
  });

  it('rejects a case id that is empty, naming the field', () => {
    expect(followUpCase({ ...base, followUpCase: '' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['followUpCase'] }] },
    });
  });
});
