/** What every command needs to know about where its output goes and in which language. */

export type Lang = 'en' | 'zh';
export const langs: readonly Lang[] = ['en', 'zh'];

export interface Ctx {
  readonly lang: Lang;
  /**
   * stdout is a terminal: human output is drawn with the Ink components of @kefu/ui-kit. Otherwise it is
   * plain text, and React/Ink are never loaded.
   */
  readonly tty: boolean;
  /**
   * Colour was asked for with `FORCE_COLOR` (and not turned off by `NO_COLOR` or `--no-color`, which set
   * `FORCE_COLOR=0`): a pipe then gets the Ink drawing, coloured, as a terminal would.
   */
  readonly forceColour: boolean;
  /** Width to draw in: the terminal's; in a pipe `COLUMNS`, else {@link PIPE_COLUMNS}. Tables wrap to fit. */
  readonly columns: number;
}

/** The width of output that goes to a pipe or a file when `COLUMNS` does not say (the classic terminal). */
export const PIPE_COLUMNS = 80;

function positiveInteger(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

/** The terminal's width; off a terminal `COLUMNS`, else 80. */
export function outputColumns(
  stdout: { readonly isTTY?: boolean; readonly columns?: number } = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
): number {
  if (stdout.isTTY === true && stdout.columns !== undefined && stdout.columns > 0) return stdout.columns;
  return positiveInteger(env.COLUMNS) ?? PIPE_COLUMNS;
}

/** chalk's reading of `FORCE_COLOR`: set to anything but `0` or `false` forces colour. */
function colourForced(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.FORCE_COLOR;
  return value !== undefined && value !== '0' && value.toLowerCase() !== 'false';
}

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'zh';
}

/** `KEFU_LANG` picks the default language; `--lang` overrides it. */
export function defaultLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const value = env.KEFU_LANG?.toLowerCase();
  return value?.startsWith('zh') ? 'zh' : 'en';
}

export function makeCtx(lang: Lang): Ctx {
  const tty = process.stdout.isTTY === true;
  return { lang, tty, forceColour: colourForced(), columns: outputColumns() };
}
