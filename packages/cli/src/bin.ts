/** The `kefu` executable (dist/bin.js). Everything happens in main(); this only wires the process. */
import { main } from './main.js';

// `kefu … | head` closes the pipe early: stop quietly instead of crashing with EPIPE.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

// Set the exit code and let the process end by itself, so buffered output is flushed.
process.exitCode = await main(process.argv.slice(2));
