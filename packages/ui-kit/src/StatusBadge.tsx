import { Text } from 'ink';
import { type BadgeLang, type BadgeStatus, statusLabel } from './text/status.js';

/** The Ink colour of each status. */
export const STATUS_COLORS: Readonly<Record<BadgeStatus, string>> = {
  met: 'green',
  breached: 'red',
  pending: 'cyan',
  'at-risk': 'yellow',
  'not-applicable': 'gray',
};

/** Props of {@link StatusBadge}. */
export type StatusBadgeProps = {
  /** The status to show. */
  readonly status: BadgeStatus;
  /** Label language; defaults to English. */
  readonly lang?: BadgeLang;
};

/**
 * A coloured status label: green "met", red "breached", yellow "at risk", cyan "pending",
 * gray "not applicable" (or 达标 / 违规 / 有风险 / 待处理 / 不适用 with `lang="zh"`).
 */
export function StatusBadge({ status, lang = 'en' }: StatusBadgeProps) {
  return (
    <Text color={STATUS_COLORS[status]} bold={status === 'breached'}>
      {statusLabel(status, lang)}
    </Text>
  );
}
