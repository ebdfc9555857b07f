import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { Explanation } from './Explanation.js';
import { plain } from './test-helpers.js';

afterEach(cleanup);

const en = 'The first reply came after 72 hours.';
const zh = '首次回复超过 72 小时。';

describe('Explanation', () => {
  it('shows both languages by default, English first', () => {
    expect(plain(render(<Explanation en={en} zh={zh} />).lastFrame())).toBe(`${en}\n${zh}`);
  });

  it('shows one language when asked', () => {
    expect(plain(render(<Explanation en={en} zh={zh} lang="en" />).lastFrame())).toBe(en);
    expect(plain(render(<Explanation en={en} zh={zh} lang="zh" />).lastFrame())).toBe(zh);
  });
});
