import { Box, Text } from 'ink';

/** Props of {@link Header}. */
export type HeaderProps = {
  /** The title, shown in bold. */
  readonly title: string;
  /** Optional line shown dimmed under the title. */
  readonly subtitle?: string;
};

/** A bold title with an optional dimmed subtitle below it. */
export function Header({ title, subtitle }: HeaderProps) {
  return (
    <Box flexDirection="column">
      <Text bold>{title}</Text>
      {subtitle ? <Text dimColor>{subtitle}</Text> : null}
    </Box>
  );
}

/** Alias of {@link Header}. */
export const Title = Header;

/** Props of {@link Title} (same as {@link HeaderProps}). */
export type TitleProps = HeaderProps;
