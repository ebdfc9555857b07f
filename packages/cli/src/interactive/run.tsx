/** `kefu` alone on a terminal: the browser, in Ink's full-screen-free inline mode. Loaded lazily by main.ts. */
import { evaluate, policies } from '@kefu/rules';
import { render } from 'ink';
import type { Ctx } from '../context.js';
import { EXIT } from '../errors.js';
import { Browser } from './Browser.js';

export async function runBrowser(ctx: Ctx): Promise<number> {
  const instance = render(
    <Browser policies={policies} evaluate={(id, facts) => evaluate(id, facts)} lang={ctx.lang} />,
  );
  await instance.waitUntilExit();
  return EXIT.ok;
}
