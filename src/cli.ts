#!/usr/bin/env node
// Command-line entry: the same core as the extension, JSON for CI and scripts.
// Exit codes: 0 success, 1 bad input (one-line error), 2 bad usage.
import { join } from 'node:path';
import { runCli } from './cli/main';
import { CodeCache, codeCacheDir } from './cli/codeCache';
import { tuneV8ForBatchRun, untuneV8ForInputSize } from './cli/v8Tuning';

declare const COMMAND_CHUNKS: true | undefined;

// Before any command chunk is compiled: cached code is valid only under the flags it was made with.
tuneV8ForBatchRun();
// In the bundle only (its command chunks are files beside it); from the sources there is nothing to cache.
const cacheDir = typeof COMMAND_CHUNKS !== 'undefined' ? codeCacheDir() : undefined;
const codeCache = cacheDir === undefined ? undefined : new CodeCache(join(__dirname, 'cli-commands'), cacheDir);
const saveCodeCache = codeCache && (() => { untuneV8ForInputSize(); codeCache.save(); });
// `goprof top … | head` closes the pipe early: the reader has what it wanted, so stop quietly
// (as a Unix tool killed by SIGPIPE would) instead of a stack trace for the unhandled EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}
runCli(process.argv.slice(2), undefined, saveCodeCache).then(
  code => { process.exitCode = code; },
  err => { process.stderr.write(`goprof: ${err instanceof Error ? err.message : String(err)}\n`); process.exitCode = 1; },
);
