import { Box, Text } from 'ink';

/** Props of {@link Explanation}. */
export type ExplanationProps = {
  /** The English text. */
  readonly en: string;
  /** The Chinese text. */
  readonly zh: string;
  /** Which text to show: `'en'`, `'zh'` or `'both'` (default; English first, Chinese below). */
  readonly lang?: 'en' | 'zh' | 'both';
};

/** A bilingual explanation, e.g. why a rule was breached. Long text wraps at the terminal width. */
export function Explanation({ en, zh, lang = 'both' }: ExplanationProps) {
  if (lang === 'en') return <Text>{en}</Text>;
  if (lang === 'zh') return <Text>{zh}</Text>;
  return (
    <Box flexDirection="column">
      <Text>{en}</Text>
      <Text>{zh}</Text>
    </Box>
  );
}
