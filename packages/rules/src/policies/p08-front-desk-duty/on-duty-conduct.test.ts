import { describe, expect, it } from 'vitest';
import { onDutyConduct } from './on-duty-conduct.js';

// Seed 4.1(3) (line 194): 嚴禁在當班時間內看報紙、雜志、吃零食、吸煙、聊天、睡覺，不脫崗、串崗；當班時間內不接打與工作無關的電話…
describe('P08.on-duty-conduct (4.1(3))', () => {
  it.each([
    ['snacking', '吃零食'],
    ['smoking', '吸烟'],
    ['wandering', '串岗'],
    ['non-work-call', '接打与工作无关的电话'],
  ] as const)('%s on duty is breached (the reproduction: judged nowhere before)', (act, zh) => {
    const r = onDutyConduct({ act, employee: 'E1' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 1, unit: 'count' } } });
    expect(r.ok && r.result.explanation.zh).toContain(zh);
    expect(r.ok && r.result.explanation.en).toContain('P08 prescribes no penalty');
  });

  it('rejects an act the clause does not list, naming the field', () => {
    expect(onDutyConduct.run({ act: 'singing' })).toMatchObject({ ok: false, error: { issues: [{ path: ['act'] }] } });
  });
});
