import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { Header, Title } from './Header.js';
import { plain, SGR, styled } from './test-helpers.js';

afterEach(cleanup);

describe('Header', () => {
  it('shows a bold title', () => {
    const frame = render(<Header title="kefu check" />).lastFrame();
    expect(plain(frame)).toBe('kefu check');
    expect(styled(frame, SGR.bold, 'kefu check')).toBe(true);
  });

  it('shows a dimmed subtitle under the title', () => {
    const frame = render(<Header title="kefu check" subtitle="14 policies" />).lastFrame();
    expect(plain(frame)).toBe('kefu check\n14 policies');
    expect(styled(frame, SGR.dim, '14 policies')).toBe(true);
  });

  it('is also exported as Title', () => {
    expect(plain(render(<Title title="标题" subtitle="副标题" />).lastFrame())).toBe('标题\n副标题');
  });
});
