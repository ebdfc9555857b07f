/** Helpers for the component tests (not exported from the package). */
import { stripVTControlCharacters } from 'node:util';

/** The frame without ANSI escapes. */
export function plain(frame: string | undefined): string {
  return stripVTControlCharacters(frame ?? '');
}

/** SGR codes of the colours the components use (16-colour palette, as forced in vitest.config.ts). */
export const SGR = { red: 31, green: 32, yellow: 33, cyan: 36, gray: 90, dim: 2, bold: 1 } as const;

/**
 * Whether `text` appears in `frame` right after the SGR code `code` is switched on (other SGR codes may
 * come in between, e.g. bold).
 */
export function styled(frame: string | undefined, code: number, text: string): boolean {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\u001B\\[${code}m(?:\\u001B\\[\\d+m)*${escaped}`).test(frame ?? '');
}

/** Lets Ink process stdin input and re-render. */
export function tick(ms = 20): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
