// Every `goprof` command, in the order help lists them. A command's module (and what it imports:
// the pprof core, the incident report, re2js…) is loaded only when that command runs or help is
// printed, so `goprof goroutines FILE` never evaluates the pprof views' code: evaluating the whole
// bundle at start-up cost ~4 MB of resident memory and 30–40 ms of CPU (docs/benchmarks.md).
// require() rather than import(): webpack keeps a required module in the one bundle and evaluates
// it on first use, and tests run the sources under tsx, whose import() would bypass its loader.
/* eslint-disable @typescript-eslint/no-require-imports */
import type { CliCommand } from './command';

export interface CommandEntry {
  readonly name: string;
  load(): CliCommand;
}

export const commands: readonly CommandEntry[] = [
  { name: 'info', load: () => (require('./infoCommand') as typeof import('./infoCommand')).info },
  { name: 'top', load: () => (require('./topCommand') as typeof import('./topCommand')).top },
  { name: 'peek', load: () => (require('./peekCommand') as typeof import('./peekCommand')).peek },
  { name: 'list', load: () => (require('./listCommand') as typeof import('./listCommand')).list },
  { name: 'traces', load: () => (require('./tracesCommand') as typeof import('./tracesCommand')).traces },
  { name: 'tree', load: () => (require('./treeCommand') as typeof import('./treeCommand')).tree },
  { name: 'graph', load: () => (require('./graphCommand') as typeof import('./graphCommand')).graph },
  { name: 'flame', load: () => (require('./flameCommand') as typeof import('./flameCommand')).flame },
  { name: 'export', load: () => (require('./exportCommand') as typeof import('./exportCommand')).exportView },
  { name: 'goroutines', load: () => (require('./goroutinesCommand') as typeof import('./goroutinesCommand')).goroutines },
  { name: 'incident', load: () => (require('./incidentCommand') as typeof import('./incidentCommand')).incident },
  { name: 'capture', load: () => (require('./captureCommand') as typeof import('./captureCommand')).capture },
  { name: 'watch', load: () => (require('./watchCommand') as typeof import('./watchCommand')).watch },
  { name: 'resolve', load: () => (require('./resolveCommand') as typeof import('./resolveCommand')).resolve },
];
