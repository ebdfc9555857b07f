import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { handover } from './handover.js';

// Seed 5–8 (lines 361–364): 下班前，須與接班的客務助理對未完成的工作…做好交接;并做好前臺物品交接。
// 與接班人交接核對未發放業主的信、報、刊。 前臺鑰匙每天與交接人進行交接。 以上交接需在《前臺交接日志》做好文字記錄。
const done = { workHandedOver: true, mailChecked: true, keysHandedOver: true, logged: true };

describe('P11.handover (5–8)', () => {
  it('work, mail, keys handed over and logged is met', () => {
    expect(handover(done)).toMatchObject({
      ok: true,
      result: { status: 'met', clause: 'P11 5–8', measured: { value: 0, unit: 'item' } },
    });
    expect(handover({ ...done, itemsHandedOver: true })).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('each missing item breaches and is named with its clause number', () => {
    const cases: [Partial<typeof done> & { itemsHandedOver?: boolean }, string][] = [
      [{ workHandedOver: false }, 'unfinished work was not handed over (5)'],
      [{ itemsHandedOver: false }, "the desk's items were not handed over (5)"],
      [{ mailChecked: false }, 'undelivered mail and newspapers were not checked (6)'],
      [{ keysHandedOver: false }, 'the desk keys were not handed over (7)'],
      [{ logged: false }, 'not written in the handover log (8)'],
    ];
    for (const [change, text] of cases) {
      const r = handover({ ...done, ...change });
      expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 1 } } });
      expect(r.ok && r.result.explanation.en).toContain(text);
    }
  });

  it('all four missing are counted', () => {
    const r = handover({ workHandedOver: false, mailChecked: false, keysHandedOver: false, logged: false });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 4 } } });
    expect(r.ok && r.result.explanation.zh).toContain('4项交接内容中4项未完成');
  });

  it('rejects a missing fact, naming it', () => {
    expect(evaluate('P11.handover', { workHandedOver: true, mailChecked: true, keysHandedOver: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['logged'] }] },
    });
  });

  it('the rule has no parameters: an override is a configuration error', () => {
    const config = { rules: { 'P11.handover': { items: 3 } } };
    expect(handover(done, { config })).toMatchObject({ ok: false, error: { code: 'invalid-config' } });
  });
});
