import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { PolicyList, type PolicyListItem } from './PolicyList.js';
import { plain, SGR, styled } from './test-helpers.js';

afterEach(cleanup);

const items: readonly PolicyListItem[] = [
  { code: 'P1', title: 'First response', count: 3 },
  { code: 'P10', title: '罚款标准' },
  { code: 'P14', title: 'Holidays', count: 1200 },
];

describe('PolicyList', () => {
  it('points at the selected item and aligns the codes', () => {
    expect(plain(render(<PolicyList items={items} selectedIndex={1} />).lastFrame()).split('\n')).toEqual([
      '  P1   First response (3)',
      '❯ P10  罚款标准',
      '  P14  Holidays (1,200)',
    ]);
  });

  it('highlights the selected item in cyan', () => {
    const frame = render(<PolicyList items={items} selectedIndex={2} />).lastFrame();
    expect(styled(frame, SGR.cyan, '❯ P14')).toBe(true);
    expect(styled(frame, SGR.cyan, '  P1')).toBe(false);
  });

  it('follows the caller-owned selection on re-render', () => {
    const instance = render(<PolicyList items={items} selectedIndex={0} />);
    expect(plain(instance.lastFrame()).split('\n')[0]).toMatch(/^❯ P1 /);
    instance.rerender(<PolicyList items={items} selectedIndex={2} />);
    const lines = plain(instance.lastFrame()).split('\n');
    expect(lines[0]).toMatch(/^ {2}P1 /);
    expect(lines[2]).toMatch(/^❯ P14/);
  });

  it('points at nothing when the index is out of range', () => {
    expect(plain(render(<PolicyList items={items} selectedIndex={-1} />).lastFrame())).not.toContain('❯');
  });
});
