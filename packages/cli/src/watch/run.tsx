/**
 * `kefu watch` on a terminal: draws the screen with Ink until q, Ctrl-C or a problem waiting will not fix,
 * then says that problem in one line. Loaded lazily by commands/watch.ts (Ink and React only on this path).
 */
import { render } from 'ink';
import type { Ctx } from '../context.js';
import { CliError, EXIT } from '../errors.js';
import { keyByKeyStdin } from '../interactive/stdin.js';
import { problemMessage, type WatchClient, type WatchedObligation, type WatchProblem } from './client.js';
import { Watch } from './Watch.js';

export async function runWatch(
  ctx: Ctx,
  client: WatchClient,
  limit: number,
  initial: readonly WatchedObligation[],
): Promise<number> {
  let problem: WatchProblem | undefined;
  let exited = false;
  // The adapter reads the clock; the screen is given it.
  const now = () => new Date();
  const instance = render(
    <Watch
      client={client}
      lang={ctx.lang}
      columns={ctx.columns}
      limit={limit}
      initial={initial}
      now={now}
      onExit={(reason) => {
        if (exited) return;
        exited = true;
        problem = reason;
        instance.unmount();
      }}
    />,
    { stdin: keyByKeyStdin(process.stdin), exitOnCtrlC: false },
  );
  await instance.waitUntilExit();
  if (problem !== undefined) throw new CliError(problemMessage(problem, ctx.lang));
  return EXIT.ok;
}
