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
  /** Width to draw in. */
  readonly columns: number;
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
  return { lang, tty, columns: tty ? process.stdout.columns || 80 : 100 };
}
