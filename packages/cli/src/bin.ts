/** The `kefu` executable (dist/bin.js). Everything happens in main(); this only wires the process. */
import { EXIT } from './errors.js';
import { main } from './main.js';

// `kefu … | head` closes the pipe early: stop at once and quietly (no EPIPE stack trace), but not with 0,
// for the output is cut and a script (`set -o pipefail`) must be able to tell (#13).
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(EXIT.outputClosed);
  throw e;
});

// Set the exit code and let the process end by itself, so buffered output is flushed.
process.exitCode = await main(process.argv.slice(2));
