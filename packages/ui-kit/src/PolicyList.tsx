import { Box, Text } from 'ink';
import { formatCount } from './text/numbers.js';
import { displayWidth, POINTER, padToWidth, singleLine } from './width.js';

/** One entry of a {@link PolicyList}. */
export type PolicyListItem = {
  /** Short code, e.g. `'P10'`; codes are aligned in a column. */
  readonly code: string;
  /** Title shown after the code. */
  readonly title: string;
  /** Optional number shown dimmed after the title, e.g. how many findings the policy has. */
  readonly count?: number;
};

/** Props of {@link PolicyList}. */
export type PolicyListProps = {
  /** The policies, top to bottom. */
  readonly items: readonly PolicyListItem[];
  /**
   * Index of the highlighted item. The caller owns this state (e.g. with {@link SelectList} or its own
   * `useInput`); an index outside the list highlights nothing.
   */
  readonly selectedIndex: number;
};

/**
 * A vertical list of policies, `❯ P10  Title (3)`, with a pointer on the selected one. Purely
 * presentational: it reads no keys.
 */
export function PolicyList({ items, selectedIndex }: PolicyListProps) {
  const codeWidth = Math.max(0, ...items.map((item) => displayWidth(singleLine(item.code))));
  return (
    <Box flexDirection="column">
      {items.map((item, i) => {
        const selected = i === selectedIndex;
        return (
          <Text key={item.code} color={selected ? 'cyan' : undefined} bold={selected}>
            {`${selected ? POINTER : ' '} ${padToWidth(singleLine(item.code), codeWidth)}  ${singleLine(item.title)}`}
            {item.count === undefined || !Number.isFinite(item.count) ? null : (
              <Text dimColor>{` (${formatCount(item.count)})`}</Text>
            )}
          </Text>
        );
      })}
    </Box>
  );
}
