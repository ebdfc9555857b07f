import { describe, expect, it } from 'vitest';
import { inScope } from './in-scope.js';

// Seed 1.4 (lines 172–177): 具體包括：現場工作所需工具；…備品備件；…耗材；各級庫房…倉儲搬運設備、倉儲安全設備、倉儲存儲設備等。
const scopeOf = (category: string, options?: Parameters<typeof inScope>[1]) => {
  const r = inScope({ category }, options);
  return r.ok ? r.result.value : undefined;
};

describe('P06.in-scope (1.4)', () => {
  it.each([
    ['tools', 'tools'],
    ['工具', 'tools'],
    ['備品備件', 'spare-parts'],
    ['Spare parts', 'spare-parts'],
    ['耗材', 'consumables'],
    ['倉儲搬運設備', 'storage-handling-equipment'],
    ['仓储安全设备', 'storage-safety-equipment'],
    ['storage-equipment', 'storage-equipment'],
  ] as const)('「%s」 is in scope as %s', (category, item) => {
    expect(scopeOf(category)).toEqual({ inScope: true, scopeItem: item });
  });

  it('anything else is out of scope, and says why', () => {
    expect(scopeOf('办公用品')).toEqual({ inScope: false, scopeItem: null });
    const r = inScope({ category: 'office furniture' });
    expect(r.ok && r.result.explanation.en).toContain('outside the scope');
    expect(r.ok && r.result.explanation.zh).toContain('不属于物资管理范围');
  });

  it('rejects an empty category naming category', () => {
    expect(inScope({ category: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['category'] }] },
    });
  });

  it('an organisation can add names and categories', () => {
    const config = { rules: { 'P06.in-scope': { aliases: { consumables: ['扎带'] }, extraInScope: ['劳保用品'] } } };
    expect(scopeOf('扎带')).toEqual({ inScope: false, scopeItem: null });
    expect(scopeOf('扎带', { config })).toEqual({ inScope: true, scopeItem: 'consumables' });
    expect(scopeOf('劳保用品', { config })).toEqual({ inScope: true, scopeItem: 'other' });
  });
});
