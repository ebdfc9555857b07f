import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { recordCard } from './record-card.js';

// Seed 第十五條 (line 245): 客戶投訴記錄卡中應寫明投訴客戶名稱、客戶要求、受理時間和編號、受理部門處理意見。
const card = {
  customer: '濟南某代理商',
  request: '退貨',
  receivedAt: '2026-11-27T15:00:00+08:00',
  number: 'TS-2026-118',
  departmentOpinion: '同意換貨',
};

describe('P09.record-card (第十五條)', () => {
  it('a card naming all five items is met (5 of 5)', () => {
    expect(recordCard(card)).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        measured: { value: 5, unit: 'item' },
        target: { value: 5, comparator: '>=' },
        clause: 'P09 第十五條',
      },
    });
  });

  it('while the complaint is still handled, a missing opinion is pending; another missing item is still breached', () => {
    const { departmentOpinion: _, ...rest } = card;
    expect(recordCard({ ...rest, inProgress: true })).toMatchObject({
      ok: true,
      result: { status: 'pending', measured: { value: 4 } },
    });
    const { number: __, ...noNumber } = rest;
    expect(recordCard({ ...noNumber, inProgress: true })).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(recordCard({ ...card, inProgress: true })).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('one item missing (4 of 5) is breached and names the item', () => {
    const { departmentOpinion: _, ...rest } = card;
    const r = recordCard(rest);
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 4 } } });
    expect(r.ok && r.result.explanation.en).toContain("handling department's opinion");
    expect(r.ok && r.result.explanation.zh).toContain('受理部门处理意见');
  });

  it('a blank item counts as missing; an empty card names nothing (0 of 5)', () => {
    expect(recordCard({ ...card, number: '   ' })).toMatchObject({
      ok: true,
      result: { status: 'breached', measured: { value: 4 } },
    });
    expect(recordCard({})).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 0 } } });
  });

  it('a complaint not accepted needs no card (第十六條)', () => {
    expect(recordCard({ accepted: false })).toMatchObject({ ok: true, result: { status: 'not-applicable' } });
  });

  it('rejects a malformed time received with the field named', () => {
    expect(evaluate('P09.record-card', { ...card, receivedAt: '2026-11-27 15:00' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['receivedAt'] }] },
    });
  });

  it('the rule has no parameters: an override naming one is a configuration error', () => {
    const config = { rules: { 'P09.record-card': { items: 4 } } };
    expect(evaluate('P09.record-card', card, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P09.record-card'] }] },
    });
  });
});
