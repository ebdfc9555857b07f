import { Box, Text } from 'ink';
import { finiteOr } from './text/numbers.js';
import { formatSanction, type SanctionItem, type SanctionLang } from './text/sanctions.js';

/** Props of {@link SanctionList}. */
export type SanctionListProps = {
  /** The sanctions, one per line, in order. */
  readonly sanctions: readonly SanctionItem[];
  /** Language of names and units; defaults to English. */
  readonly lang?: SanctionLang;
};

function pointsColor(sanction: SanctionItem): string | undefined {
  const points = finiteOr(sanction.points, 0);
  if (points > 0) return 'green';
  if (points < 0) return 'red';
  return undefined;
}

/**
 * One line per sanction (`• fine 100.00 yuan (P10 (五)1)`, `• −1 points (P3 2)`), points in green or red
 * by sign; a dimmed "none" / "无" when the list is empty.
 */
export function SanctionList({ sanctions, lang = 'en' }: SanctionListProps) {
  if (sanctions.length === 0) return <Text dimColor>{lang === 'zh' ? '无' : 'none'}</Text>;
  return (
    <Box flexDirection="column">
      {sanctions.map((sanction, i) => (
        // Sanctions have no identity of their own; the list is positional.
        // biome-ignore lint/suspicious/noArrayIndexKey: positional list.
        <Text key={i} color={pointsColor(sanction)}>
          {`• ${formatSanction(sanction, lang)}`}
        </Text>
      ))}
    </Box>
  );
}
