/**
 * `kefu` alone on a terminal: the browser, in Ink's full-screen-free inline mode. Loaded lazily by main.ts.
 * With `--config`, the rules are evaluated under the organisation's configuration and the form reads local
 * times in its zone.
 */
import { evaluate, policies } from '@kefu/rules';
import { render } from 'ink';
import type { Ctx } from '../context.js';
import { EXIT } from '../errors.js';
import { readConfig } from '../input.js';
import { Browser } from './Browser.js';
import { zoneOf } from './form.js';
import { keyByKeyStdin } from './stdin.js';

export async function runBrowser(ctx: Ctx, configPath?: string): Promise<number> {
  const config = await readConfig(configPath);
  const zone = zoneOf(config);
  const instance = render(
    <Browser
      policies={policies}
      evaluate={(id, facts) => evaluate(id, facts, config === undefined ? {} : { config })}
      lang={ctx.lang}
      zone={zone}
    />,
    { stdin: keyByKeyStdin(process.stdin) },
  );
  await instance.waitUntilExit();
  return EXIT.ok;
}
