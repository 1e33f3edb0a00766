// The Peek and Source views' jobs in plain Node: the worker's answers for one function equal
// `goprof peek --json` and `goprof list --json` on the same file and query, and the host's
// assembly adds the source text (or says it is missing).
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { WorkerStore, type JobContext } from '../../../src/host/worker/jobTypes';
import { profileOpenJob } from '../../../src/host/worker/jobs/profileOpen';
import { profilePeekJob } from '../../../src/host/worker/jobs/profilePeek';
import { profilePeekEdgesJob } from '../../../src/host/worker/jobs/profilePeekEdges';
import { PEEK_EDGES_SHOWN, PEEK_ROLES } from '../../../src/core/report';
import { profileSourceJob } from '../../../src/host/worker/jobs/profileSource';
import { functionSourceOf } from '../../../src/host/profileEditor/functionSource';
import { runCli } from '../../../src/cli/main';
import type { ProfileQuery } from '../../../src/shared/profileProtocol';
import { useWorkerPlatform } from '../../../src/host/worker/workerPlatform';
import { nodeWorkerPlatform } from '../../../src/host/worker/nodeWorkerPlatform';

// The worker thread of the Node build: local files and zlib.
useWorkerPlatform(nodeWorkerPlatform);

const root = path.join(__dirname, '../../..');
const PROFILE = path.join(root, 'test/fixtures/pprof/generated/cpu.pb.gz');

async function cliJson(argv: string[]): Promise<Record<string, unknown>> {
  let out = '';
  const code = await runCli(argv, { out: t => { out += t; }, err: () => undefined });
  assert.equal(code, 0);
  return JSON.parse(out) as Record<string, unknown>;
}

describe('worker jobs: peek and source of one function', () => {
  const store = new WorkerStore();
  const context: JobContext = { store, transfer: () => undefined };
  let query: ProfileQuery;
  before(() => {
    const opened = profileOpenJob.run({ documentId: 'p', fileName: 'cpu.pb.gz', bytes: { filePath: PROFILE } }, context) as Awaited<ReturnType<typeof profileOpenJob.run>>;
    query = { sampleType: opened.summary.defaultSampleType, granularity: 'functions', filters: [{ kind: 'focus', pattern: 'recurse' }] };
  });

  it('peek, its first edges and then the rest by window, equals goprof peek --json', async () => {
    for (const granularity of ['functions', 'lines'] as const) {
      const q = { ...query, granularity };
      const head = await profilePeekJob.run({ documentId: 'p', query: q, functionName: 'main.recurse' }, context);
      const cli = await cliJson(['peek', PROFILE, '^main\\.recurse(?: |$)', '--focus', 'recurse', '--granularity', granularity, '--json']);
      const nodes = await Promise.all(head.nodes.map(async (n, node) => {
        const edges = async (role: typeof PEEK_ROLES[number]) => {
          const first = role === 'caller' ? n.callers : n.callees;
          assert.ok(first.edges.length <= PEEK_EDGES_SHOWN + 1);
          const all = [...first.edges];
          while (all.length < first.count) all.push(...(await profilePeekEdgesJob.run({ documentId: 'p', query: q, functionName: 'main.recurse', edges: { node, role, start: all.length, count: 2 } }, context)).edges);
          return all;
        };
        return { func: n.func, flat: n.flat, cum: n.cum, callers: await edges('caller'), callees: await edges('callee') };
      }));
      assert.deepEqual(nodes, cli.nodes, granularity);
      assert.ok(nodes[0].callers.length > 0 && nodes[0].callees.length > 0);
    }
  });

  it('source equals goprof list --json, with the text of the file', async () => {
    const costs = await profileSourceJob.run({ documentId: 'p', query, functionName: 'main.hashLoop' }, context);
    const source = await functionSourceOf('main.hashLoop', costs, async file => {
      const local = path.join(root, 'scripts/go/pprofgen', path.basename(file));
      return { localPath: local, text: readFileSync(local, 'utf8') };
    });
    const cli = await cliJson(['list', PROFILE, '^main\\.hashLoop$', '--focus', 'recurse', '--workspace', root, '--json']);
    const [routine] = cli.routines as { lines: unknown[]; flat: number; cum: number }[];
    assert.equal(source.routines.length, 1);
    assert.deepEqual(source.routines[0].lines, routine.lines);
    assert.equal(source.routines[0].cum, routine.cum);
    const call = source.routines[0].lines.find(l => l.text?.includes('mix(h, uint64(i))'))!;
    // The inlined call with its own source line, as weblist prints it under the caller's.
    assert.deepEqual(call.inlined.map(c => [c.func, c.line, c.text]), [['main.mix', 128, 'func mix(h, v uint64) uint64 { return (h ^ v) * 1099511628211 }']]);
  });

  it('a missing file gives the lines the profile has and why', async () => {
    const costs = await profileSourceJob.run({ documentId: 'p', query, functionName: 'main.recurse' }, context);
    const source = await functionSourceOf('main.recurse', costs, async () => ({ missing: 'no file on this machine matches main.go' }));
    assert.equal(source.routines[0].missing, 'no file on this machine matches main.go');
    assert.deepEqual(source.routines[0].lines.map(l => l.line), costs.routines[0].lines.map(l => l.line));
  });

  it('an unknown function is an error', async () => {
    await assert.rejects(async () => profileSourceJob.run({ documentId: 'p', query, functionName: 'main.nothing' }, context), /no function main\.nothing/);
    await assert.rejects(async () => profilePeekJob.run({ documentId: 'p', query, functionName: 'main.nothing' }, context), /no function main\.nothing/);
  });
});
