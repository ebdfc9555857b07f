/**
 * Ink 6 reads whatever the terminal has buffered as one chunk, and its parser passes a run of plain
 * characters on as a single keypress. When keys arrive faster than the screen redraws, "12 backspaces" come
 * as one "\x7f\x7f…" keypress that matches no key (and is typed in as text), and "abc⏎" as one text
 * "abc\r" (#15: 16 characters typed 30 ms apart arrived as "20212708:00-", 12 backspaces deleted 9).
 * This stdin hands Ink every control key (Backspace, Enter, Tab, Ctrl+…) as a chunk of its own, so each is
 * a keypress again; text and escape sequences (arrows) pass through unchanged.
 */

// C0 controls and DEL, except ESC, which starts the escape sequences Ink's parser already splits.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control keys are the point.
const CONTROL = /([\u0000-\u001A\u001C-\u001F\u007F])/;

/** `chunk` cut so that each control character stands alone: `'ab\x7f\x7fc\r'` → `['ab', '\x7f', '\x7f', 'c', '\r']`. */
export function splitKeys(chunk: string): string[] {
  return chunk.split(CONTROL).filter((piece) => piece !== '');
}

/** Ink reads stdin with `read()` until it returns null; this one returns one piece per call. */
export function keyByKeyStdin(stdin: NodeJS.ReadStream): NodeJS.ReadStream {
  const pending: string[] = [];
  const read = (): string | Buffer | null => {
    if (pending.length === 0) {
      const chunk: unknown = stdin.read();
      if (chunk === null) return null;
      if (typeof chunk !== 'string') return chunk as Buffer;
      pending.push(...splitKeys(chunk));
    }
    return pending.shift() ?? null;
  };
  return new Proxy(stdin, {
    get(target, property) {
      if (property === 'read') return read;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
