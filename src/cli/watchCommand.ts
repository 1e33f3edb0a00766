// `goprof watch URL --every 30s --for 10m --out DIR [--json]`: capture a /debug/pprof/ endpoint
// every N seconds into one folder (core/watch names it and its files), printing one line per
// capture with what grows so far (the incident's over-time series), without VS Code.
import { readFile } from 'node:fs/promises';
import * as nodePath from 'node:path';
import type { CliCommand, CliIo } from './command';
import { InputError, UsageError, flagString, parseArgs, type ParsedArgs } from './args';
import { normalizeBaseUrl } from '../core/capture';
import { timerDelayMs } from '../core/timerDelay';
import { gatherCaptures, mergeGathered, overTimeSeries, type GatheredCaptures } from '../core/report/incident';
import {
  DEFAULT_EVERY_SECONDS, checkPlan, growingSeries, risingSeries, nextRoundIndex, parseDuration, plannedRounds, roundLine, roundStartMs, watchFolderName,
  watchRequests, type WatchPlan, type WatchRound, type WatchSummary,
} from '../core/watch';
import { nodeGunzip } from '../node/gunzip';
import { captureRound } from '../node/watchRound';
import type { TlsOptions } from '../node/httpFetch';
import { readCredentialFile } from './credentialFile';
import { fileSystemPath } from '../node/argumentBytes';

function seconds(args: ParsedArgs, name: string): number | undefined {
  const text = flagString(args, name);
  if (text === undefined) return undefined;
  const parsed = parseDuration(text);
  if ('error' in parsed) throw new UsageError(`--${name}: ${parsed.error}`);
  return parsed.seconds;
}

/** The bearer token and TLS files: from files, never from the command line (it shows in `ps`). */
function credentials(args: ParsedArgs): { headers: Record<string, string>; tls?: TlsOptions } {
  const headers: Record<string, string> = { 'User-Agent': 'go-profile-explorer', Accept: '*/*' };
  const tokenFile = flagString(args, 'token-file');
  if (tokenFile !== undefined) headers.Authorization = `Bearer ${readCredentialFile(tokenFile).trim()}`;
  const caFile = flagString(args, 'cacert');
  const certFile = flagString(args, 'cert');
  const keyFile = flagString(args, 'key');
  if ((certFile === undefined) !== (keyFile === undefined)) throw new UsageError('--cert and --key go together');
  const insecure = args.flags.has('insecure');
  if (caFile === undefined && certFile === undefined && !insecure) return { headers };
  return {
    headers,
    tls: {
      ca: caFile !== undefined ? [readCredentialFile(caFile)] : undefined,
      cert: certFile !== undefined ? readCredentialFile(certFile) : undefined,
      key: keyFile !== undefined ? readCredentialFile(keyFile) : undefined,
      rejectUnauthorized: !insecure,
    },
  };
}

/** Waits until `atMs` or until stopped. */
function waitUntil(atMs: number, signal: AbortSignal): Promise<void> {
  const ms = atMs - Date.now();
  if (ms <= 0 || signal.aborted) return Promise.resolve();
  return new Promise(resolve => {
    const done = () => { clearTimeout(timer); signal.removeEventListener('abort', done); resolve(); };
    const timer = setTimeout(done, timerDelayMs(ms));
    signal.addEventListener('abort', done);
  });
}

async function watchCommand(argv: string[], io: CliIo): Promise<void> {
  const args = parseArgs(argv, ['every', 'for', 'out', 'cpu', 'delta', 'timeout', 'token-file', 'cacert', 'cert', 'key'], ['json', 'mutex', 'block', 'gc', 'insecure']);
  if (args.positional.length !== 1) throw new UsageError('watch takes exactly one URL');
  const base = normalizeBaseUrl(args.positional[0]);
  if ('error' in base) throw new UsageError(base.error);
  const out = flagString(args, 'out');
  if (out === undefined) throw new UsageError('--out DIR is required (the watch makes its folder in it)');
  const plan: WatchPlan = {
    baseUrl: base.url,
    everySeconds: seconds(args, 'every') ?? DEFAULT_EVERY_SECONDS,
    forSeconds: seconds(args, 'for') ?? null,
    cpuSeconds: seconds(args, 'cpu'),
    deltaSeconds: seconds(args, 'delta'),
    mutex: args.flags.has('mutex'),
    block: args.flags.has('block'),
    gc: args.flags.has('gc'),
  };
  const problem = checkPlan(plan);
  if (problem) throw new UsageError(problem);
  const timeoutSeconds = seconds(args, 'timeout') ?? 30;
  if (!(timeoutSeconds > 0)) throw new UsageError('--timeout must be longer than 0 s');
  const { headers, tls } = credentials(args);
  const json = args.flags.has('json');
  const requests = watchRequests(plan);
  const planned = plannedRounds(plan);

  const startedMs = Date.now();
  const folder = nodePath.join(out, watchFolderName(plan.baseUrl, new Date(startedMs)));
  // Ctrl-C (or a CI job's SIGTERM) ends the watch after what it has: the summary still prints.
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  // Progress goes to stderr with --json, so stdout stays one JSON document.
  const say = (line: string) => (json ? io.err : io.out)(`${line}\n`);
  say(`watching ${plan.baseUrl} every ${plan.everySeconds} s${plan.forSeconds !== null ? ` for ${plan.forSeconds} s (${planned} captures)` : ' until stopped'} into ${folder}`);

  const rounds: WatchRound[] = [];
  let gathered: GatheredCaptures = { captures: [], unread: [] };
  try {
    // The planned number of captures is taken even when slow rounds skip grid points (the watch then lasts longer).
    for (let index = 0; planned === null || rounds.length < planned;) {
      await waitUntil(roundStartMs(startedMs, plan.everySeconds, index), stop.signal);
      if (stop.signal.aborted) break;
      const roundStarted = new Date();
      const result = await captureRound(requests, roundStarted, { folder, headers, tls, timeoutSeconds, signal: stop.signal });
      if (stop.signal.aborted && result.files.length === 0) break;
      const round: WatchRound = { time: roundStarted.toISOString(), files: result.files, ...(result.errors.length ? { errors: result.errors } : {}) };
      rounds.push(round);
      const files = await Promise.all(result.files.map(async name => ({ path: name, bytes: await readFile(fileSystemPath(nodePath.join(folder, name))) })));
      gathered = mergeGathered(gathered, gatherCaptures(files, { gunzip: nodeGunzip }));
      const overTime = overTimeSeries(gathered.captures);
      say(roundLine(rounds.length - 1, planned, round, growingSeries(overTime), risingSeries(overTime)));
      // A first round that saved nothing is a wrong URL or a server that is down: say so now, not after the whole watch.
      if (rounds.length === 1 && result.files.length === 0) throw new InputError(`the first capture failed: ${result.errors.join('; ')}`);
      index = nextRoundIndex(startedMs, plan.everySeconds, index, Date.now());
    }
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
  const growing = growingSeries(overTimeSeries(gathered.captures));
  for (const u of gathered.unread) say(`unread ${u.path}: ${u.reason}`);
  if (json) {
    const summary: WatchSummary = { folder, captures: rounds, growing };
    io.out(JSON.stringify(summary, null, 2) + '\n');
  } else {
    say(growing.length ? `growing at the end: ${growing.map(g => `${g.kind} ${g.name}`).join('; ')}` : 'nothing grew over the last captures');
    say(`open the folder as an incident: goprof incident ${folder}`);
  }
}

export const watch: CliCommand = {
  name: 'watch',
  usage: 'URL --out DIR [--every 30s] [--for 10m] [--json] [--gc] [--delta 10s] [--cpu 10s] [--mutex] [--block]',
  summary: 'capture a /debug/pprof/ endpoint every N seconds into one folder and print what grows',
  details: '  --out DIR        where the watch makes its folder (watch-HOST-TIME/)\n' +
    '  --every 30s      the interval (default 30 s, at least 1 s)\n' +
    '  --for 10m        how long; without it, until Ctrl-C\n' +
    '  --json           progress on stderr; at the end {folder, captures:[{time, files}], growing:[{kind, name, values}]}\n' +
    '  --gc             heap?gc=1: a garbage collection before each heap profile\n' +
    '  --delta 10s      also heap?seconds=N and allocs?seconds=N (and mutex/block as deltas): the change over N s\n' +
    '  --cpu 10s        also a CPU profile of N s each round\n' +
    '  --mutex, --block also the mutex and block profiles\n' +
    '  --timeout 30s    per request, on top of the seconds the server takes on purpose\n' +
    '  --token-file F   send "Authorization: Bearer <F\'s text>"\n' +
    '  --cacert F, --cert F --key F, --insecure   TLS: CA to trust, client certificate, no verification\n' +
    'Each capture: goroutine?debug=2 and heap, saved with the time in the name. A series is flagged as\n' +
    'growing when it grew from each capture to the next over the last 3 captures.\n',
  run: watchCommand,
};
