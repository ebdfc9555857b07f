import { Text } from 'ink';
import { finiteOr, formatCount } from './text/numbers.js';

/** Default bar width in terminal columns. */
export const DEFAULT_PROGRESS_WIDTH = 30;

/** Props of {@link ProgressBar}. */
export type ProgressBarProps = {
  /** Work done so far. Negative or non-finite values count as 0; values above `total` as `total`. */
  readonly value: number;
  /**
   * Total amount of work. Leave it out (or pass a negative / non-finite number) when it is unknown: the bar
   * is then replaced by a plain count such as "12,345 lines". A total of 0 means there is nothing to do
   * and shows as complete.
   */
  readonly total?: number;
  /** Width of the bar in terminal columns (default 30, at least 1). */
  readonly width?: number;
  /** Text shown before the bar, e.g. "Reading log". */
  readonly label?: string;
  /** Unit appended to the count, e.g. "lines". */
  readonly unit?: string;
};

/** The numbers a {@link ProgressBar} shows; exported for callers that print progress as plain text. */
export type ProgressState =
  | { readonly kind: 'determinate'; readonly value: number; readonly total: number; readonly percent: number }
  | { readonly kind: 'indeterminate'; readonly value: number };

/** Normalises progress numbers: clamped, integers for display, never NaN. */
export function progressState(value: number, total?: number): ProgressState {
  const done = Math.max(0, finiteOr(value, 0));
  if (total === undefined || !Number.isFinite(total) || total < 0) return { kind: 'indeterminate', value: done };
  if (total === 0) return { kind: 'determinate', value: 0, total: 0, percent: 100 };
  const clamped = Math.min(done, total);
  // Floor, so that the bar only reads 100% when the work is really finished.
  const percent = Math.floor((clamped / total) * 100);
  return { kind: 'determinate', value: clamped, total, percent };
}

/**
 * A horizontal progress bar with a percentage and a count (`████░░░░ 50% 5/10`), or, when the total is
 * unknown, just the count so far (`12,345 lines`). No spinner or timer: it only changes when re-rendered.
 */
export function ProgressBar({ value, total, width, label, unit }: ProgressBarProps) {
  const state = progressState(value, total);
  const suffix = unit ? ` ${unit}` : '';
  const prefix = label ? <Text bold>{`${label} `}</Text> : null;
  if (state.kind === 'indeterminate') {
    return (
      <Text>
        {prefix}
        {formatCount(state.value)}
        {suffix}
      </Text>
    );
  }
  const columns = Math.max(1, Math.floor(finiteOr(width, DEFAULT_PROGRESS_WIDTH)));
  const filled = Math.min(columns, Math.floor((state.percent / 100) * columns));
  return (
    <Text>
      {prefix}
      <Text color="green">{'█'.repeat(filled)}</Text>
      <Text dimColor>{'░'.repeat(columns - filled)}</Text>
      {` ${String(state.percent).padStart(3)}% ${formatCount(state.value)}/${formatCount(state.total)}${suffix}`}
    </Text>
  );
}
