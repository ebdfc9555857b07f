import { cleanup, render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { Table, type TableColumn } from './Table.js';
import { plain, SGR, styled } from './test-helpers.js';

afterEach(cleanup);

const columns: readonly TableColumn[] = [
  { key: 'code', header: 'Code' },
  { key: 'title', header: 'Title' },
  { key: 'count', header: 'Count', align: 'right' },
];
const rows = [
  { code: 'P01', title: '首问负责制度', count: 3 },
  { code: 'P10', title: 'Fines', count: 12345 },
];

function lines(frame: string | undefined): string[] {
  return plain(frame).split('\n');
}

describe('Table', () => {
  it('draws a box with the header and rows, CJK cells aligned', () => {
    expect(lines(render(<Table columns={columns} rows={rows} />).lastFrame())).toEqual([
      '┌──────┬──────────────┬───────┐',
      '│ Code │ Title        │ Count │',
      '├──────┼──────────────┼───────┤',
      '│ P01  │ 首问负责制度 │     3 │',
      '│ P10  │ Fines        │ 12345 │',
      '└──────┴──────────────┴───────┘',
    ]);
  });

  it('gives every line the same display width', () => {
    const widths = lines(render(<Table columns={columns} rows={rows} />).lastFrame()).map((line) => stringWidth(line));
    expect(new Set(widths).size).toBe(1);
  });

  it('wraps long cells at a fixed width instead of cutting them, never splitting a wide character', () => {
    const narrow: readonly TableColumn[] = [
      { key: 'code', header: 'Code' },
      { key: 'title', header: 'Title', width: 6 },
    ];
    const output = lines(render(<Table columns={narrow} rows={rows} />).lastFrame());
    expect(output.slice(3, 6)).toEqual(['│ P01  │ 首问负 │', '│      │ 责制度 │', '│ P10  │ Fines  │']);
  });

  it('wraps a header that is wider than a fixed column', () => {
    const output = lines(
      render(<Table columns={[{ key: 'a', header: 'Description', width: 5 }]} rows={[{ a: 'x' }]} />).lastFrame(),
    );
    expect(output.slice(1, 4)).toEqual(['│ Descr │', '│ iptio │', '│ n     │']);
  });

  // #15 item 1: at 100 columns `kefu audit` cut explanations off ("-5 points (P1…").
  it('fits maxWidth by wrapping the prose column; the id and the number keep their width (#15)', () => {
    const explanation = 'Late by 7 minutes (5 to 10 minutes): -5 points (P12 4.2.2(3)) and a written warning.';
    const output = lines(
      render(
        <Table
          columns={[
            { key: 'rule', header: 'Rule' },
            { key: 'text', header: 'Explanation' },
            { key: 'points', header: 'Points', align: 'right' },
          ]}
          rows={[{ rule: 'P12.lateness', text: explanation, points: -5 }]}
          maxWidth={60}
        />,
      ).lastFrame(),
    );
    for (const line of output) expect(stringWidth(line)).toBeLessThanOrEqual(60);
    expect(output[3]).toMatch(/^│ P12\.lateness │ .* │ {5}-5 │$/);
    const text = output
      .slice(3, -1)
      .map((line) => line.split('│')[2]?.trim())
      .join(' ');
    expect(text).toBe(explanation);
  });

  it('draws header rule only with borderStyle="lines"', () => {
    expect(lines(render(<Table columns={columns} rows={rows} borderStyle="lines" />).lastFrame())).toEqual([
      'Code  Title         Count',
      '────  ────────────  ─────',
      'P01   首问负责制度      3',
      'P10   Fines         12345',
    ]);
  });

  it('renders missing cells empty and keeps multi-line values on one line', () => {
    const output = lines(
      render(
        <Table columns={columns.slice(0, 2)} rows={[{ code: 'P02' }, { code: 'P03', title: 'a\nb' }]} />,
      ).lastFrame(),
    );
    expect(output[3]).toBe('│ P02  │       │');
    expect(output[4]).toBe('│ P03  │ a b   │');
  });

  it('renders the header in bold', () => {
    expect(styled(render(<Table columns={columns} rows={[]} />).lastFrame(), SGR.bold, 'Code')).toBe(true);
  });

  it('renders nothing without columns', () => {
    expect(plain(render(<Table columns={[]} rows={rows} />).lastFrame())).toBe('');
  });
});
