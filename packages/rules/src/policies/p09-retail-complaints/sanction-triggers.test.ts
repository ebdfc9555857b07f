import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { sanctionTriggers } from './sanction-triggers.js';

// Seed 第二十三條 (line 253): 1、因票據錯誤或附樣等資料錯誤 … 13、外觀標示不符規格者; 14、其他。
// 以上一經查覺屬實者，即依情節輕重予以行政處分，并經總經理核準后由行政人事部公布。
describe('P09.sanction-triggers (第二十三條)', () => {
  it.each([
    ['document-error', 1],
    ['financial-error', 2],
    ['materials-not-to-spec', 3],
    ['rejects-mixed-in', 4],
    ['over-shipment', 5],
    ['production-data-cut', 6],
    ['special-requirement-not-passed', 7],
    ['order-miswritten', 8],
    ['late-delivery', 9],
    ['shipping-error', 10],
    ['delivery-note-error', 11],
    ['storage-or-transport', 12],
    ['marking-not-to-spec', 13],
    ['other', 14],
  ] as const)('%s is item %i and, found true, brings a sanction', (cause, item) => {
    const r = sanctionTriggers({ cause });
    expect(r).toMatchObject({ ok: true, result: { kind: 'compute', value: { triggers: true, item } } });
    expect(r.ok && r.result.explanation.zh).toContain('依情节轻重');
  });

  it('a cause not found true brings no sanction yet', () => {
    expect(sanctionTriggers({ cause: 'late-delivery', substantiated: false })).toMatchObject({
      ok: true,
      result: { value: { triggers: false, item: 9 } },
    });
  });

  it('rejects an unknown cause with the field named', () => {
    expect(evaluate('P09.sanction-triggers', { cause: 'rudeness' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['cause'] }] },
    });
  });

  it('the rule has no parameters: an override naming one is a configuration error', () => {
    const config = { rules: { 'P09.sanction-triggers': { items: 13 } } };
    expect(evaluate('P09.sanction-triggers', { cause: 'other' }, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P09.sanction-triggers'] }] },
    });
  });
});
