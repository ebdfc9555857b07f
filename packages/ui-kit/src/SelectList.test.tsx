import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SelectList, type SelectListItem } from './SelectList.js';
import { plain, tick } from './test-helpers.js';

afterEach(cleanup);

const DOWN = '\u001B[B';
const UP = '\u001B[A';
const ENTER = '\r';
const ESC = '\u001B';

const items: readonly SelectListItem[] = [
  { label: 'Check a log', value: 'check', hint: 'P1–P14' },
  { label: 'Calendar', value: 'calendar' },
  { label: '退出', value: 'quit', hint: 'q' },
];

describe('SelectList', () => {
  it('renders the items with the pointer on the first and hints aligned', () => {
    const { lastFrame } = render(<SelectList items={items} onSelect={() => {}} />);
    expect(plain(lastFrame()).split('\n')).toEqual(['❯ Check a log  P1–P14', '  Calendar', '  退出         q']);
  });

  it('moves down with the arrow key and selects with Enter', async () => {
    const onSelect = vi.fn();
    const { stdin, lastFrame } = render(<SelectList items={items} onSelect={onSelect} />);
    await tick();
    stdin.write(DOWN);
    await tick();
    expect(plain(lastFrame()).split('\n')[1]).toBe('❯ Calendar');
    stdin.write(ENTER);
    await tick();
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect).toHaveBeenCalledWith('calendar');
  });

  it('wraps around at both ends', async () => {
    const onSelect = vi.fn();
    const { stdin } = render(<SelectList items={items} onSelect={onSelect} />);
    await tick();
    stdin.write(UP);
    await tick();
    stdin.write(ENTER);
    await tick();
    stdin.write(DOWN);
    await tick();
    stdin.write(ENTER);
    await tick();
    expect(onSelect.mock.calls).toEqual([['quit'], ['check']]);
  });

  it('calls onBack on Esc and does not select', async () => {
    const onSelect = vi.fn();
    const onBack = vi.fn();
    const { stdin } = render(<SelectList items={items} onSelect={onSelect} onBack={onBack} />);
    await tick();
    stdin.write(ESC);
    await tick();
    expect(onBack).toHaveBeenCalledTimes(1);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('starts at initialIndex and ignores keys when inactive', async () => {
    const onSelect = vi.fn();
    const { stdin, lastFrame } = render(
      <SelectList items={items} onSelect={onSelect} initialIndex={2} isActive={false} />,
    );
    expect(plain(lastFrame()).split('\n')[2]).toMatch(/^❯ 退出/);
    await tick();
    stdin.write(ENTER);
    await tick();
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('shows a placeholder for an empty list', () => {
    expect(plain(render(<SelectList items={[]} onSelect={() => {}} />).lastFrame())).toBe('(no choices)');
  });
});
