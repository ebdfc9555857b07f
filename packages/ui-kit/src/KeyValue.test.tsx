import { cleanup, render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { formatKeyValue, KeyValue } from './KeyValue.js';
import { plain } from './test-helpers.js';

afterEach(cleanup);

describe('KeyValue', () => {
  it('aligns values after the widest key, counting CJK keys as double width', () => {
    const output = plain(
      render(
        <KeyValue
          entries={[
            ['Policy', 'P10'],
            ['条款', '(五)1'],
            ['Amount', 100],
          ]}
        />,
      ).lastFrame(),
    ).split('\n');
    // #15: a Chinese label ends in the full-width colon.
    expect(output).toEqual(['Policy:  P10', '条款：   (五)1', 'Amount:  100']);
    const valueColumns = output.map((line) => stringWidth(line.slice(0, line.lastIndexOf('  ') + 2)));
    expect(new Set(valueColumns).size).toBe(1);
  });

  it('prints booleans as yes/no and undefined as a dash', () => {
    const output = plain(
      render(
        <KeyValue
          entries={[
            ['Working day', true],
            ['Holiday', false],
            ['Name', undefined],
          ]}
        />,
      ).lastFrame(),
    );
    expect(output).toBe('Working day:  yes\nHoliday:      no\nName:         —');
    expect(formatKeyValue(0)).toBe('0');
  });

  it('renders nothing for no entries', () => {
    expect(plain(render(<KeyValue entries={[]} />).lastFrame())).toBe('');
  });
});
