#!/usr/bin/env node
// Command-line entry: the same core as the extension, JSON for CI and scripts.
// Exit codes: 0 success, 1 bad input (one-line error), 2 bad usage.
import { join } from 'node:path';
import { runCli } from './cli/main';
import { CodeCache, codeCacheDir } from './cli/codeCache';
import { tuneV8ForBatchRun, untuneV8ForInputSize } from './cli/v8Tuning';
import { standardError, standardOutput } from './cli/standardStreams';
import { argumentsKeepingBytes } from './node/argumentBytes';

declare const COMMAND_CHUNKS: true | undefined;

// Before any command chunk is compiled: cached code is valid only under the flags it was made with.
tuneV8ForBatchRun();
// In the bundle only (its command chunks are files beside it); from the sources there is nothing to cache.
const cacheDir = typeof COMMAND_CHUNKS !== 'undefined' ? codeCacheDir() : undefined;
const codeCache = cacheDir === undefined ? undefined : new CodeCache(join(__dirname, 'cli-commands'), cacheDir);
const saveCodeCache = codeCache && (() => { untuneV8ForInputSize(); codeCache.save(); });
// Output is written from the start; standard error only when there is something to say.
standardOutput();
// A file name's bytes that are not UTF-8 kept (Node's argv turns each into U+FFFD).
runCli(argumentsKeepingBytes(process.argv.slice(2)), undefined, saveCodeCache).then(
  code => { process.exitCode = code; },
  err => { standardError().write(`goprof: ${err instanceof Error ? err.message : String(err)}\n`); process.exitCode = 1; },
);
