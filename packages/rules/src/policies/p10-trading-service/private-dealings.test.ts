import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { privateDealings } from './private-dealings.js';

// Seed (五)2 (line 335): 任何員工在接待客戶來訪時嚴禁談私事或請客戶幫私忙，更不能對客戶有超越職權范圍的承諾和顯露對公司或他人的不滿。
// 違反上述規定，予以責任者200元/次罰款處理。
describe('P10.private-dealings ((五)2)', () => {
  it('once (the default) is a 200-yuan fine', () => {
    const r = privateDealings({});
    expect(r).toMatchObject({
      ok: true,
      result: { kind: 'compute', value: 200, sanctions: [{ type: 'fine', amount: 200, clause: 'P10 (五)2' }] },
    });
    expect(r.ok && r.result.explanation.zh).toContain('罚款200.00元');
  });

  it('each time is fined: 3 times 600', () => {
    const r = privateDealings({ count: 3, conduct: 'promise-beyond-authority', employee: '張三' });
    expect(r).toMatchObject({ ok: true, result: { value: 600, sanctions: [{ type: 'fine', amount: 600 }] } });
    expect(r.ok && r.result.explanation.en).toContain('a promise beyond authority');
  });

  it('an organisation can set its own amount', () => {
    const config = { rules: { 'P10.private-dealings': { finePerTime: 150.5 } } };
    expect(evaluate('P10.private-dealings', { count: 2 }, { config })).toMatchObject({
      ok: true,
      result: { value: 301 },
    });
    const bad = { rules: { 'P10.private-dealings': { finePerTime: -1 } } };
    expect(evaluate('P10.private-dealings', {}, { config: bad })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P10.private-dealings', 'finePerTime'] }] },
    });
  });

  it('rejects zero times and an unknown conduct with the fields named', () => {
    const r = evaluate('P10.private-dealings', { count: 0, conduct: 'gossip' });
    const paths = r.ok ? [] : r.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(['count', 'conduct']);
  });
});
