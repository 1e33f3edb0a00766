// Every `goprof` command, in the order help lists them.
import type { CliCommand } from './command';
import { info } from './infoCommand';
import { top } from './topCommand';
import { peek } from './peekCommand';
import { list } from './listCommand';
import { traces } from './tracesCommand';
import { tree } from './treeCommand';
import { graph } from './graphCommand';
import { flame } from './flameCommand';
import { goroutines } from './goroutinesCommand';
import { resolve } from './resolveCommand';
import { exportView } from './exportCommand';
import { incident } from './incidentCommand';
import { watch } from './watchCommand';
import { capture } from './captureCommand';

export const commands: readonly CliCommand[] = [info, top, peek, list, traces, tree, graph, flame, exportView, goroutines, incident, capture, watch, resolve];
