/**
 * The terminal's width, followed as the terminal is resized: Node turns SIGWINCH into a `resize` event on a
 * TTY stdout, and Ink redraws on it, but a screen laid out to a width fixed at start kept that layout (its
 * tables cut for 100 columns in a terminal now 80 wide, or a quarter of a 140-column one left empty).
 */
import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

/** `fallback` off a terminal (a pipe, a test's stdout): the width the caller worked out itself. */
export function useTerminalColumns(fallback: number): number {
  const { stdout } = useStdout();
  const [columns, setColumns] = useState(() => widthOf(stdout, fallback));
  useEffect(() => {
    const resized = (): void => setColumns(widthOf(stdout, fallback));
    stdout.on('resize', resized);
    resized(); // a resize between the first render and this effect is not lost
    return () => {
      stdout.off('resize', resized);
    };
  }, [stdout, fallback]);
  return columns;
}

function widthOf(stdout: NodeJS.WriteStream, fallback: number): number {
  return stdout.isTTY === true && stdout.columns > 0 ? stdout.columns : fallback;
}
