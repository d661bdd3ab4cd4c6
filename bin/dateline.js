#!/usr/bin/env node
// Thin launcher: all behaviour lives in dist/src/cli/main.js (built by `npm run build`).
import { handlesInterrupt, main } from '../dist/src/cli/main.js';

const argv = process.argv.slice(2);
const controller = new AbortController();
if (handlesInterrupt(argv)) {
  // First Ctrl-C: finish and commit the current batch, then exit 130. Second: stop at once.
  process.on('SIGINT', () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
  });
}
// `dateline export | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

process.exitCode = await main(argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  isTTY: Boolean(process.stderr.isTTY),
  columns: process.stderr.columns,
  signal: controller.signal,
});
