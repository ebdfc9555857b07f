/**
 * `kefu` alone on a terminal: the browser, in Ink's full-screen-free inline mode. Loaded lazily by main.ts.
 * With `--config`, the rules are evaluated under the organisation's configuration and the form reads local
 * times in its zone.
 */
import { evaluate, policies } from '@kefu/rules';
import { render } from 'ink';
import { IANAZone } from 'luxon';
import type { Ctx } from '../context.js';
import { CliError, EXIT } from '../errors.js';
import { readConfig } from '../input.js';
import { Browser } from './Browser.js';
import { DEFAULT_ZONE } from './form.js';
import { keyByKeyStdin } from './stdin.js';

/** The configuration's zone, checked before the browser opens (a wrong zone would misread every time). */
function zoneOf(config: unknown): string {
  if (typeof config !== 'object' || config === null || !('zone' in config)) return DEFAULT_ZONE;
  const { zone } = config;
  if (typeof zone !== 'string' || !IANAZone.isValidZone(zone)) {
    throw new CliError(`--config zone: ${JSON.stringify(zone)} is not a time zone (e.g. "Asia/Shanghai")`);
  }
  return zone;
}

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
