import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { SanctionList } from './SanctionList.js';
import { plain, SGR, styled } from './test-helpers.js';
import { formatSanction, formatSignedPoints, type SanctionItem } from './text/sanctions.js';

afterEach(cleanup);

const sanctions: readonly SanctionItem[] = [
  { type: 'fine', amount: 100, clause: 'P10 (五)1' },
  { type: 'points', points: 5, clause: 'P3 2' },
  { type: 'points', points: -1 },
  { type: 'bonus-deduction', share: 0.5, clause: 'P7' },
  { type: 'warning', count: 2 },
  { type: 'custom-thing', amount: 1234.5 },
];

describe('SanctionList', () => {
  it('prints one English line per sanction', () => {
    expect(plain(render(<SanctionList sanctions={sanctions} />).lastFrame()).split('\n')).toEqual([
      '• fine 100.00 yuan (P10 (五)1)',
      '• +5 points (P3 2)',
      '• −1 points',
      '• bonus deduction 50% (P7)',
      '• warning ×2',
      '• custom thing 1,234.50 yuan',
    ]);
  });

  it('prints Chinese lines with lang="zh"', () => {
    expect(plain(render(<SanctionList sanctions={sanctions} lang="zh" />).lastFrame()).split('\n')).toEqual([
      '• 罚款 100.00 元（P10 (五)1）',
      '• 考绩分 +5 分（P3 2）',
      '• 考绩分 −1 分',
      '• 扣绩效奖金 50%（P7）',
      '• 警告 ×2',
      '• custom thing 1,234.50 元',
    ]);
  });

  it('says "none" when there are no sanctions', () => {
    expect(plain(render(<SanctionList sanctions={[]} />).lastFrame())).toBe('none');
    expect(plain(render(<SanctionList sanctions={[]} lang="zh" />).lastFrame())).toBe('无');
  });

  it('colours points by sign', () => {
    const frame = render(<SanctionList sanctions={sanctions.slice(1, 3)} />).lastFrame();
    expect(styled(frame, SGR.green, '• +5 points')).toBe(true);
    expect(styled(frame, SGR.red, '• −1 points')).toBe(true);
  });

  it('signs points with a plus or a minus sign', () => {
    expect([formatSignedPoints(5), formatSignedPoints(-1), formatSignedPoints(0)]).toEqual(['+5', '\u22121', '0']);
    expect(formatSanction({ type: 'fine', amount: Number.NaN })).toBe('fine');
  });
});
