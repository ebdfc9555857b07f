import { describe, expect, it } from 'vitest';
import { sanctionTriggers } from './sanction-triggers.js';

// Seed 第二十三條 (line 253): …14、其他。以上一經查覺屬實者，即依情節輕重予以行政處分，并經總經理核準后由行政人事部公布。
describe('P09.sanction-triggers: review against the seed', () => {
  it('第二十三條 一經查覺屬實: a cause alone is not said to be "found true"', () => {
    const r = sanctionTriggers({ cause: 'late-delivery' });
    expect(r).toMatchObject({ ok: true, result: { value: { triggers: true, item: 9 } } });
    expect(r.ok && r.result.explanation.en).not.toContain('of 14), found true');
    expect(r.ok && r.result.explanation.en).toContain('once found true');
    expect(r.ok && r.result.explanation.zh).toContain('一经查实');
    expect(r.ok && r.result.warnings.map((w) => w.code)).toContain('substantiation-not-given');
  });

  it('第二十三條 一經查覺屬實: a cause found true says so, without a warning', () => {
    const r = sanctionTriggers({ cause: 'late-delivery', substantiated: true });
    expect(r).toMatchObject({ ok: true, result: { value: { triggers: true, item: 9 }, warnings: [] } });
    expect(r.ok && r.result.explanation.zh).toContain('经查属实');
  });
});
