/** Where human output goes: Ink (ui-kit) on a terminal, plain text otherwise. */
import type { Ctx } from '../context.js';
import type { Block } from '../view/blocks.js';
import { blocksToText } from './text.js';

export async function present(blocks: readonly Block[], ctx: Ctx): Promise<void> {
  if (!ctx.tty) {
    process.stdout.write(blocksToText(blocks, ctx.lang));
    return;
  }
  // The only door to React/Ink for static output: never opened for pipes, --json or --csv.
  const { blocksToAnsi } = await import('./ink.js');
  process.stdout.write(blocksToAnsi(blocks, ctx.lang, ctx.columns));
}
