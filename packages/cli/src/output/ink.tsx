/**
 * Blocks drawn with @kefu/ui-kit. Loaded only by dynamic `import()` (terminal output and the interactive
 * browser), so the JSON, CSV and plain-text paths never load React or Ink.
 */
import { CalendarMonth, Explanation, Header, KeyValue, SanctionList, StatusBadge, Table } from '@kefu/ui-kit';
import { Box, renderToString, Text } from 'ink';
import type { Lang } from '../context.js';
import type { Block } from '../view/blocks.js';
import { word } from '../view/labels.js';

function BlockView({ block, lang, columns }: { readonly block: Block; readonly lang: Lang; readonly columns: number }) {
  switch (block.kind) {
    case 'heading':
      return block.level === 2 ? (
        <Text bold>{block.title}</Text>
      ) : (
        <Header title={block.title} {...(block.subtitle !== undefined && { subtitle: block.subtitle })} />
      );
    case 'fields':
      // Yes and no in the user's language (KeyValue alone would print English), as the plain text does.
      return (
        <KeyValue
          entries={block.entries.map(([key, value]) =>
            typeof value === 'boolean' ? ([key, word(value ? 'yes' : 'no', lang)] as const) : ([key, value] as const),
          )}
        />
      );
    case 'status':
      return (
        <Text>
          <Text bold>{`${block.label}  `}</Text>
          <StatusBadge status={block.status} lang={lang} />
        </Text>
      );
    case 'table':
      return (
        <Box flexDirection="column">
          {block.title ? <Text bold>{block.title}</Text> : null}
          <Table columns={block.columns} rows={block.rows} maxWidth={columns} borderStyle="auto" />
        </Box>
      );
    case 'text':
      return (
        <Text dimColor={block.tone === 'dim'} color={block.tone === 'warn' ? 'yellow' : undefined}>
          {block.text}
        </Text>
      );
    case 'explanation':
      return <Explanation en={block.en} zh={block.zh} lang={lang} />;
    case 'sanctions':
      return (
        <Box flexDirection="column">
          <Text bold>{block.title}</Text>
          <SanctionList sanctions={block.sanctions} lang={lang} />
        </Box>
      );
    case 'calendar':
      return <CalendarMonth year={block.year} month={block.month} days={block.days} lang={lang} />;
  }
}

/** Consecutive calendar months sit side by side, wrapping at the terminal's width. */
type Keyed = { readonly key: string; readonly block: Block };
type Group = { readonly key: string; readonly items: readonly Keyed[]; readonly months: boolean };

function group(blocks: readonly Block[]): Group[] {
  const groups: Group[] = [];
  blocks.forEach((block, i) => {
    const last = groups.at(-1);
    const months = block.kind === 'calendar';
    const item = { key: `b${i}`, block };
    if (last && months && last.months) groups[groups.length - 1] = { ...last, items: [...last.items, item] };
    else groups.push({ key: `g${i}`, items: [item], months });
  });
  return groups;
}

/** The blocks, tables fitted to `columns` (the terminal's width). */
export function Blocks({
  blocks,
  lang,
  columns,
}: {
  readonly blocks: readonly Block[];
  readonly lang: Lang;
  readonly columns: number;
}) {
  const groups = group(blocks);
  return (
    <Box flexDirection="column">
      {groups.map((g, i) => {
        const before = groups[i - 1];
        const previous = before?.items.at(-1)?.block;
        // Month grids carry their own bottom margin; a second-level heading sticks to what follows it.
        const gap = before !== undefined && !before.months && !(previous?.kind === 'heading' && previous.level === 2);
        return (
          <Box key={g.key} flexDirection="row" flexWrap="wrap" marginTop={gap ? 1 : 0}>
            {g.items.map((item) => (
              <Box key={item.key} marginRight={g.months ? 4 : 0} marginBottom={g.months ? 1 : 0}>
                <BlockView block={item.block} lang={lang} columns={columns} />
              </Box>
            ))}
          </Box>
        );
      })}
    </Box>
  );
}

export function blocksToAnsi(blocks: readonly Block[], lang: Lang, columns: number): string {
  return `${renderToString(<Blocks blocks={blocks} lang={lang} columns={columns} />, { columns })}\n`;
}
