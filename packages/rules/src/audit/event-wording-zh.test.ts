/**
 * #15 "Complete Chinese": a rejected line's reason is given in simplified Chinese too (`reasonZh`), for
 * `kefu audit --lang zh`, and it holds no English word outside ids: event types, field names, the values
 * the line gave, the option names the user sets (maxDelay, maxLineBytes…) and format names (JSON, ISO-8601).
 */
import { describe, expect, it } from 'vitest';
import { englishIn } from '../test-support/english-words.js';
import { runAudit } from './stream.js';
import type { AuditOptions, Rejection } from './types.js';

const asOf = '2026-12-01T00:00:00+08:00';

async function rejectedOf(lines: readonly string[], options: AuditOptions = {}): Promise<Rejection[]> {
  const report = await runAudit(lines, { asOf, ...options });
  return [...report.rejected];
}

/** The keys a line gave: the user's own names, ids even when misspelt. */
function keysOf(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? Object.keys(value) : [];
  } catch {
    return [];
  }
}

const line = (event: Record<string, unknown>) => JSON.stringify(event);
const at = '2026-11-27T09:00:00+08:00';

describe('a rejected line’s reason in Chinese (#15)', () => {
  const cases: readonly [string, string, string][] = [
    ['malformed JSON', 'not json', '不是合法的 JSON'],
    ['an empty line', '   ', '空行'],
    ['not an object', '[1, 2]', '应为 JSON 对象'],
    ['no type', line({ at }), '必填：事件类型'],
    ['an unknown type with the closest', line({ type: 'complaint-recieved', at }), '是否是 complaint-received？'],
    [
      'an impossible date',
      line({ type: 'complaint-received', at: '2026-11-31T09:00:00+08:00', case: 'C1' }),
      '2026年11月只有 30 天',
    ],
    ['a missing offset', line({ type: 'complaint-received', at: '2026-11-27T09:00:00', case: 'C1' }), '缺少时区偏移'],
    ['a misspelt required field', line({ type: 'complaint-received', at, cas: 'C1' }), '必填（是否写成了 "cas"？）'],
    ['an unknown field', line({ type: 'complaint-received', at, case: 'C1', emploee: 'E1' }), '是否是 employee？'],
    ['a null field', line({ type: 'complaint-received', at, case: 'C1', employee: null }), '省略该字段'],
    ['a wrong kind of value', line({ type: 'complaint-received', at, case: 'C1', employee: 7 }), '应为非空文本'],
    [
      'a date outside the window',
      line({ type: 'complaint-received', at: '2099-01-01T09:00:00+08:00', case: 'C1' }),
      '晚于审核窗口',
    ],
  ];

  for (const [what, text, expected] of cases) {
    it(`${what}: said in Chinese, no English word outside ids`, async () => {
      const [rejected] = await rejectedOf([text]);
      expect(rejected?.reasonZh).toContain(expected);
      expect(englishIn(rejected?.reasonZh ?? '', keysOf(text))).toEqual([]);
      // The English reason is unchanged beside it.
      expect(rejected?.reason).toMatch(/[a-z]/);
    });
  }

  it('a late line (maxDelay) and an unknown id are said in Chinese too', async () => {
    const org = { departments: [{ id: 'D1' }], people: [{ id: 'E1', department: 'D1' }] };
    const late = await rejectedOf(
      [
        line({ type: 'complaint-received', at, case: 'C1' }),
        line({ type: 'complaint-received', at: '2026-11-20T09:00:00+08:00', case: 'C2' }),
      ],
      { maxDelay: 'P1D' },
    );
    expect(late[0]?.reasonZh).toContain('已经结算');
    const unknown = await rejectedOf([line({ type: 'complaint-received', at, case: 'C1', employee: 'e1' })], { org });
    expect(unknown[0]?.reasonZh).toBe('组织文件中没有员工 "e1"（是否是 E1？）');
    for (const r of [...late, ...unknown]) expect(englishIn(r.reasonZh ?? '')).toEqual([]);
  });

  it('the English word check itself finds English (so a pass means something)', () => {
    expect(englishIn('complaint-received：at：required')).toEqual(['required']);
  });
});
