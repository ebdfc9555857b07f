import { Box, Text } from 'ink';
import { displayWidth, padToWidth, singleLine } from './width.js';

/** A value {@link KeyValue} can show. */
export type KeyValueValue = string | number | boolean | undefined;

/** Props of {@link KeyValue}. */
export type KeyValueProps = {
  /**
   * `[key, value]` pairs, shown in order. Booleans render as "yes"/"no" and `undefined` as a dimmed
   * "—". Keys need not be unique.
   */
  readonly entries: readonly (readonly [string, KeyValueValue])[];
};

/** How a value is printed: booleans as yes/no, `undefined` as "—", numbers with `String()`. */
export function formatKeyValue(value: KeyValueValue): string {
  if (value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return singleLine(String(value));
}

/**
 * Key/value lines with the values aligned in one column (widths measured in terminal columns, so Chinese
 * keys line up too):
 *
 * ```text
 * Policy:    P10
 * 条款：     (五)1
 * ```
 */
export function KeyValue({ entries }: KeyValueProps) {
  if (entries.length === 0) return null;
  // A Chinese label takes the full-width colon, as Chinese text does (#15).
  const keys = entries.map(([key]) => `${singleLine(key)}${/\p{Script=Han}$/u.test(key) ? '：' : ':'}`);
  const keyWidth = Math.max(...keys.map(displayWidth));
  return (
    <Box flexDirection="column">
      {entries.map(([, value], i) => (
        // Entries are positional and keys may repeat, so the position is the identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: positional list.
        <Text key={i}>
          <Text bold>{padToWidth(keys[i] ?? '', keyWidth)}</Text>
          {'  '}
          <Text dimColor={value === undefined}>{formatKeyValue(value)}</Text>
        </Text>
      ))}
    </Box>
  );
}
