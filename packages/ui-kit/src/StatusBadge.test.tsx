import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { StatusBadge } from './StatusBadge.js';
import { plain, SGR, styled } from './test-helpers.js';
import { type BadgeStatus, STATUS_LABELS_EN, STATUS_LABELS_ZH, statusLabel } from './text/status.js';

afterEach(cleanup);

const statuses: readonly BadgeStatus[] = ['met', 'breached', 'pending', 'at-risk', 'not-applicable'];

describe('StatusBadge', () => {
  it('shows the English label by default', () => {
    expect(plain(render(<StatusBadge status="met" />).lastFrame())).toBe('met');
    expect(plain(render(<StatusBadge status="at-risk" />).lastFrame())).toBe('at risk');
    expect(plain(render(<StatusBadge status="not-applicable" />).lastFrame())).toBe('not applicable');
  });

  it('shows the Chinese label with lang="zh"', () => {
    const labels = statuses.map((status) => plain(render(<StatusBadge status={status} lang="zh" />).lastFrame()));
    expect(labels).toEqual(['达标', '违规', '待处理', '有风险', '不适用']);
  });

  it('colours each status', () => {
    const met = render(<StatusBadge status="met" />).lastFrame();
    expect(styled(met, SGR.green, 'met')).toBe(true);
    expect(styled(met, SGR.red, 'met')).toBe(false);
    expect(styled(render(<StatusBadge status="breached" />).lastFrame(), SGR.red, 'breached')).toBe(true);
    expect(styled(render(<StatusBadge status="at-risk" />).lastFrame(), SGR.yellow, 'at risk')).toBe(true);
    expect(styled(render(<StatusBadge status="pending" />).lastFrame(), SGR.cyan, 'pending')).toBe(true);
    expect(styled(render(<StatusBadge status="not-applicable" lang="zh" />).lastFrame(), SGR.gray, '不适用')).toBe(
      true,
    );
  });

  it('exports complete label maps', () => {
    for (const status of statuses) {
      expect(STATUS_LABELS_EN[status]).toBe(statusLabel(status));
      expect(STATUS_LABELS_ZH[status]).toBe(statusLabel(status, 'zh'));
    }
  });
});
