import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../../kernel/chinese.js';
import { checkTotality } from '../../test-support/totality.js';
import { DUTIES, DUTY_IDS } from './duties.js';
import { dutyOf } from './duty-of.js';
import { policy } from './index.js';

// Seed 一–十 (lines 137–146), e.g. 一、負責物業管理費收費通知單的發放和費用的催繳工作。
// 八、對轄區內外的公共設施、消防設施、環境衛生、廣告宣傳海報進行監督管理。 十、執行公司的各項管理規章制度。
const duty = (task: string, options?: Parameters<typeof dutyOf>[1]) => {
  const r = dutyOf({ task }, options);
  return r.ok ? (r.result.value?.duty?.number ?? null) : 'error';
};

describe('P05.duty-of (一–十)', () => {
  it.each([
    ['发放本月物业管理费收费通知单', 1],
    ['整理業主資料並歸檔', 2],
    ['值守服务热线，记录报修', 3],
    ['回复业主投诉并跟踪处理结果', 4],
    ['开展业主满意度调查', 5],
    ['在小区内做垃圾分类宣传', 6],
    ['中秋游园活动的现场管理', 7],
    ['检查消防设施和环境卫生', 8],
    ['监督住户搬家时的货物进出', 9],
    ['执行公司规章制度', 10],
    ['Chase arrears of the management fee', 1],
    ['Check the fire extinguishers and posters', 8],
  ] as const)('「%s」 falls under duty %i', (task, number) => {
    expect(duty(task)).toBe(number);
  });

  it('returns the seed text, simplified text and gloss of the duty, and the keywords found', () => {
    const r = dutyOf({ task: '催繳物業管理費' });
    expect(r).toMatchObject({
      ok: true,
      result: {
        kind: 'compute',
        value: {
          duty: { number: 1, id: 'fee-notices', zh: DUTIES['fee-notices'].zh, zhHans: DUTIES['fee-notices'].zhHans },
          matched: ['管理费', '催缴'],
        },
      },
    });
  });

  it('a task under none of the ten says so', () => {
    for (const task of ['维修电梯', 'order lunch for the team']) {
      const r = dutyOf({ task });
      expect(r).toMatchObject({ ok: true, result: { value: { duty: null, matched: [], candidates: [] } } });
      expect(r.ok && r.result.explanation.en).toContain('falls under none of the ten');
      expect(r.ok && r.result.explanation.zh).toContain('不属于客服十项职责中的任何一项');
    }
  });

  it('a tie goes to the duty listed first, with a warning naming the other', () => {
    // 电话 (duty 3) and 投诉 (duty 4): one keyword each.
    const r = dutyOf({ task: '电话投诉' });
    expect(r).toMatchObject({
      ok: true,
      result: { value: { duty: { number: 3 } }, warnings: [{ code: 'ambiguous-duty' }] },
    });
    expect(r.ok && r.result.warnings[0]?.zh).toContain('四');
  });

  it('Latin keywords match at a word start only: "prevent" is not an event', () => {
    expect(duty('prevent water leaks')).toBeNull();
    expect(duty('manage the new year event')).toBe(7);
  });

  it('the simplified text is the seed text character for character (as the kernel folds it)', () => {
    for (const id of DUTY_IDS) {
      expect([...DUTIES[id].zh].length).toBe([...DUTIES[id].zhHans].length);
      expect(foldForMatch(DUTIES[id].zh)).toBe(foldForMatch(DUTIES[id].zhHans));
    }
  });

  it('rejects an empty task naming task', () => {
    expect(dutyOf({ task: ' ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['task'] }] },
    });
  });

  it('an organisation can add keywords and demand more hits: 1 hit short of 2 is none', () => {
    const more = { rules: { 'P05.duty-of': { keywords: { events: ['活动', '团建'] } } } };
    expect(duty('组织业主团建', { config: more })).toBe(7);
    expect(duty('组织业主团建')).toBeNull();
    const strict = { rules: { 'P05.duty-of': { minHits: 2 } } };
    expect(duty('催缴欠费', { config: strict })).toBe(1);
    const r = dutyOf({ task: '催缴' }, { config: strict });
    expect(r).toMatchObject({
      ok: true,
      result: { value: { duty: null, candidates: [{ id: 'fee-notices', hits: 1 }] } },
    });
    expect(dutyOf({ task: 'x' }, { config: { rules: { 'P05.duty-of': { minHits: 0 } } } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P05.duty-of', 'minHits'] }] },
    });
  });
});

describe('P05 policy', () => {
  it('lists the catalogue rule id', () =>
    expect(policy.rules.map((r) => r.id)).toEqual(['P05.duty-of', 'P05.hotline-record', 'P05.letter-visit-reply']));
  it('property: every rule is total', () => checkTotality(policy.rules));
});
