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

  it('truncates long cells with an ellipsis when a width is set, never splitting a wide character', () => {
    const narrow: readonly TableColumn[] = [
      { key: 'code', header: 'Code' },
      { key: 'title', header: 'Title', width: 6 },
    ];
    const output = lines(render(<Table columns={narrow} rows={rows} />).lastFrame());
    expect(output[3]).toBe('│ P01  │ 首问…  │');
    expect(output[4]).toBe('│ P10  │ Fines  │');
  });

  it('truncates a header that is wider than a fixed column', () => {
    const output = lines(
      render(<Table columns={[{ key: 'a', header: 'Description', width: 5 }]} rows={[{ a: 'x' }]} />).lastFrame(),
    );
    expect(output[1]).toBe('│ Desc… │');
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
