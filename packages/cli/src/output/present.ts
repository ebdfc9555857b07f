/**
 * Where human output goes: Ink (ui-kit) on a terminal, or in a pipe when FORCE_COLOR asks for colour; plain
 * text otherwise. Both fit `ctx.columns`.
 */
import type { Ctx } from '../context.js';
import type { Block } from '../view/blocks.js';
import { blocksToText } from './text.js';

export async function present(blocks: readonly Block[], ctx: Ctx): Promise<void> {
  if (!ctx.tty && !ctx.forceColour) {
    process.stdout.write(blocksToText(blocks, ctx.lang, ctx.columns));
    return;
  }
  // The only door to React/Ink for static output: never opened for pipes, --json or --csv.
  const { blocksToAnsi } = await import('./ink.js');
  process.stdout.write(blocksToAnsi(blocks, ctx.lang, ctx.columns));
}
