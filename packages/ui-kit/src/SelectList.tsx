import { Box, Text, useInput } from 'ink';
import { useRef, useState } from 'react';
import { displayWidth, POINTER, padToWidth, singleLine } from './width.js';

/** One choice of a {@link SelectList}. */
export type SelectListItem = {
  /** Text shown for the choice. */
  readonly label: string;
  /** Value passed to `onSelect`; should be unique within the list. */
  readonly value: string;
  /** Optional dimmed note shown after the label. */
  readonly hint?: string;
};

/** Props of {@link SelectList}. */
export type SelectListProps = {
  /** The choices, top to bottom. */
  readonly items: readonly SelectListItem[];
  /** Called with the highlighted item's value when Enter is pressed. */
  readonly onSelect: (value: string) => void;
  /** Called when Esc is pressed; without it Esc does nothing. */
  readonly onBack?: () => void;
  /** Item highlighted at first (default 0; clamped to the list). */
  readonly initialIndex?: number;
  /**
   * Whether this list reads the keyboard (default `true`). Set it to `false` when another component owns
   * the input, or when stdin is not a TTY (Ink cannot read keys then).
   */
  readonly isActive?: boolean;
};

function clampIndex(index: number, length: number): number {
  if (length === 0 || !Number.isFinite(index)) return 0;
  return Math.min(length - 1, Math.max(0, Math.floor(index)));
}

/**
 * A keyboard-driven list: ↑/↓ move the pointer (wrapping at the ends), Enter calls `onSelect` with the
 * highlighted value, Esc calls `onBack`.
 */
export function SelectList({ items, onSelect, onBack, initialIndex = 0, isActive = true }: SelectListProps) {
  const [index, setIndex] = useState(() => clampIndex(initialIndex, items.length));
  // Mirrors `index` synchronously, so keys arriving before the next render see the latest position.
  const indexRef = useRef(index);
  const current = clampIndex(index, items.length);

  useInput(
    (_input, key) => {
      const count = items.length;
      if (key.escape) {
        onBack?.();
        return;
      }
      if (count === 0) return;
      const at = clampIndex(indexRef.current, count);
      if (key.upArrow || key.downArrow) {
        const next = (at + (key.upArrow ? count - 1 : 1)) % count;
        indexRef.current = next;
        setIndex(next);
      } else if (key.return) {
        const item = items[at];
        if (item) onSelect(item.value);
      }
    },
    { isActive },
  );

  if (items.length === 0) return <Text dimColor>(no choices)</Text>;
  const labelWidth = Math.max(...items.map((item) => displayWidth(singleLine(item.label))));
  return (
    <Box flexDirection="column">
      {items.map((item, i) => {
        const selected = i === current;
        return (
          <Text key={item.value}>
            <Text color={selected ? 'cyan' : undefined} bold={selected}>
              {`${selected ? POINTER : ' '} ${item.hint ? padToWidth(singleLine(item.label), labelWidth) : singleLine(item.label)}`}
            </Text>
            {item.hint ? <Text dimColor>{`  ${singleLine(item.hint)}`}</Text> : null}
          </Text>
        );
      })}
    </Box>
  );
}
