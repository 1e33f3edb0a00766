// Every `goprof` command, in the order help lists them. A command's module (and what it imports:
// the pprof core, the incident report, re2js…) is loaded only when that command runs or help is
// printed, so `goprof goroutines FILE` never evaluates the pprof views' code: evaluating the whole
// bundle at start-up cost ~4 MB of resident memory and 30–40 ms of CPU (docs/benchmarks.md).
// In the CLI bundle each command is a chunk file of its own (webpack splits at `import()`), so a
// cold `goprof goroutines FILE` does not even parse the other commands' code: V8 parsing the whole
// 520 KB bundle was most of what loading the CLI cost. Run from the sources (tests under tsx),
// `import()` would bypass tsx's loader: there the command's module is `require`d, and webpack,
// which defines COMMAND_CHUNKS, drops that branch.
/* eslint-disable @typescript-eslint/no-require-imports */
import type { CliCommand } from './command';

declare const COMMAND_CHUNKS: true | undefined;

export interface CommandEntry {
  readonly name: string;
  load(): Promise<CliCommand>;
}

export const commands: readonly CommandEntry[] = [
  { name: 'info', load: async () => (typeof COMMAND_CHUNKS !== 'undefined' ? await import('./infoCommand') : require('./infoCommand') as typeof import('./infoCommand')).info },
  { name: 'top', load: async () => (typeof COMMAND_CHUNKS !== 'undefined' ? await import('./topCommand') : require('./topCommand') as typeof import('./topCommand')).top },
  { name: 'peek', load: async () => (typeof COMMAND_CHUNKS !== 'undefined' ? await import('./peekCommand') : require('./peekCommand') as typeof import('./peekCommand')).peek },
  { name: 'list', load: async () => (typeof COMMAND_CHUNKS !== 'undefined' ? await import('./listCommand') : require('./listCommand') as typeof import('./listCommand')).list },
  { name: 'tags', load: async () => (typeof COMMAND_CHUNKS !== 'undefined' ? await import('./tagsCommand') : require('./tagsCommand') as typeof import('./tagsCommand')).tags },
  { name: 'traces', load: async () => (typeof COMMAND_CHUNKS !== 'undefined' ? await import('./tracesCommand') : require('./tracesCommand') as typeof import('./tracesCommand')).traces },
  { name: 'tree', load: async () => (typeof COMMAND_CHUNKS !== 'undefined' ? await import('./treeCommand') : require('./treeCommand') as typeof import('./treeCommand')).tree },
  { name: 'raw', load: async () => (typeof COMMAND_CHUNKS !== 'undefined' ? await import('./rawCommand') : require('./rawCommand') as typeof import('./rawCommand')).raw },
  { name: 'graph', load: async () => (typeof COMMAND_CHUNKS !== 'undefined' ? await import('./graphCommand') : require('./graphCommand') as typeof import('./graphCommand')).graph },
  { name: 'flame', load: async () => (typeof COMMAND_CHUNKS !== 'undefined' ? await import('./flameCommand') : require('./flameCommand') as typeof import('./flameCommand')).flame },
  { name: 'export', load: async () => (typeof COMMAND_CHUNKS !== 'undefined' ? await import('./exportCommand') : require('./exportCommand') as typeof import('./exportCommand')).exportView },
  { name: 'goroutines', load: async () => (typeof COMMAND_CHUNKS !== 'undefined' ? await import('./goroutinesCommand') : require('./goroutinesCommand') as typeof import('./goroutinesCommand')).goroutines },
  { name: 'incident', load: async () => (typeof COMMAND_CHUNKS !== 'undefined' ? await import('./incidentCommand') : require('./incidentCommand') as typeof import('./incidentCommand')).incident },
  { name: 'capture', load: async () => (typeof COMMAND_CHUNKS !== 'undefined' ? await import('./captureCommand') : require('./captureCommand') as typeof import('./captureCommand')).capture },
  { name: 'watch', load: async () => (typeof COMMAND_CHUNKS !== 'undefined' ? await import('./watchCommand') : require('./watchCommand') as typeof import('./watchCommand')).watch },
  { name: 'resolve', load: async () => (typeof COMMAND_CHUNKS !== 'undefined' ? await import('./resolveCommand') : require('./resolveCommand') as typeof import('./resolveCommand')).resolve },
];
