#!/usr/bin/env node
// Command-line entry: the same core as the extension, JSON for CI and scripts.
// Exit codes: 0 success, 1 bad input (one-line error), 2 bad usage.
import { runCli } from './cli/main';
import { tuneV8ForBatchRun } from './cli/v8Tuning';

tuneV8ForBatchRun();
// `goprof top … | head` closes the pipe early: the reader has what it wanted, so stop quietly
// (as a Unix tool killed by SIGPIPE would) instead of a stack trace for the unhandled EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}
runCli(process.argv.slice(2)).then(
  code => { process.exitCode = code; },
  err => { process.stderr.write(`goprof: ${err instanceof Error ? err.message : String(err)}\n`); process.exitCode = 1; },
);
