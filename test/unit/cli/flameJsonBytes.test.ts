// `goprof flame --json` writes its nodes as UTF-8 bytes (byteChunks.ts) where the output takes
// bytes, and decoded text where it does not: both must be the text JSON.stringify writes for the
// nested nodes, numbers included (a normalized diff's fractions and negatives, -0, large counts).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import { ByteChunks, utf8OfJsonString } from '../../../src/cli/byteChunks';
import { repoRoot } from '../pprof/goldenTop';

const fixture = (f: string) => join(repoRoot, 'test/fixtures', f);

async function flameOutputs(...argv: string[]): Promise<{ text: string; bytes: string }> {
  let text = '';
  assert.equal(await runCli(['flame', ...argv, '--json'], { out: t => { text += t; }, err: t => assert.fail(t) }), 0);
  const parts: (string | Uint8Array)[] = [];
  assert.equal(await runCli(['flame', ...argv, '--json'], { out: t => { parts.push(t); }, outBytes: b => { parts.push(b.slice()); }, err: t => assert.fail(t) }), 0);
  const bytes = Buffer.concat(parts.map(p => typeof p === 'string' ? Buffer.from(p) : p)).toString('utf8');
  return { text, bytes };
}

/** The nested nodes as JSON.stringify writes them, keys in the writer's order. */
function restringified(text: string): string {
  type Node = { name: string; file?: string; line?: number; self: number; total: number; magnitude?: number; inlined?: true; rest?: true; children: Node[] };
  const json = JSON.parse(text) as { root: Node };
  const canonical = (n: Node): Node => ({
    name: n.name, ...n.file !== undefined ? { file: n.file } : {}, ...n.line !== undefined ? { line: n.line } : {},
    self: n.self, total: n.total, ...n.magnitude !== undefined ? { magnitude: n.magnitude } : {},
    ...n.inlined ? { inlined: true as const } : {}, ...n.rest ? { rest: true as const } : {}, children: n.children.map(canonical),
  });
  return JSON.stringify({ ...json, root: canonical(json.root) }) + '\n';
}

describe('goprof flame --json as bytes', () => {
  const queries: [string, string[]][] = [
    ['a CPU profile, every node, by line', ['pprof/generated/cpu.pb.gz', '--max-nodes', '0', '--granularity', 'lines']],
    ['a heap diff, normalized (fractions, negatives, magnitudes)', ['pprof/diff/heap-current.pb.gz', '--diff-base', '{dir}/pprof/diff/heap-base.pb.gz', '--normalize', '--max-nodes', '0']],
    ['a C++ heap profile of the corpus, pruned to 50 nodes (rest nodes)', ['corpus/pprof_td_cppbench.heap', '--max-nodes', '50']],
  ];
  for (const [what, [file, ...flags]] of queries) {
    it(`${what}: the same text through bytes and through text, as JSON.stringify writes it`, async () => {
      const { text, bytes } = await flameOutputs(fixture(file), ...flags.map(f => f.replace('{dir}', fixture(''))));
      assert.equal(bytes, text);
      assert.equal(text, restringified(text));
    });
  }

  it('numbers as JSON.stringify writes them', () => {
    const values = [0, -0, 1, -1, 9, 10, 99, 100, 123456789, -987654321, 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 53, 1e21, 0.5, -0.25, 1 / 3, 1e-7, NaN, Infinity];
    const out = new ByteChunks(64);
    for (const v of values) { out.number(v); out.put(new TextEncoder().encode(',')); }
    assert.equal(Buffer.concat(out.take()).toString('utf8'), values.map(v => JSON.stringify(v)).join(',') + ',');
  });

  it('whole numbers on either side of every power of ten and of 2^31, as JSON.stringify writes them', () => {
    // Numbers up to 2^31 - 1 take 32-bit steps, larger ones the steps of doubles: both sides of the seam.
    const values = [2 ** 31 - 2, 2 ** 31 - 1, 2 ** 31, 2 ** 31 + 1, 2 ** 32, -(2 ** 31), -(2 ** 31) - 1];
    for (let p = 1; p <= 1e15; p *= 10) values.push(p - 1, p, p + 1, -(p - 1), -p);
    const out = new ByteChunks(64);
    for (const v of values) { out.number(v); out.put(new TextEncoder().encode(',')); }
    assert.equal(Buffer.concat(out.take()).toString('utf8'), values.map(v => JSON.stringify(v)).join(',') + ',');
  });
});

describe('utf8OfJsonString', () => {
  it('writes the bytes of the prefix and JSON.stringify of any text, long plain ones encoded in place', () => {
    const long = 'main.' + 'x'.repeat(1 << 17);
    const texts = ['', 'main.f', 'a"b', long, `${long}"`, `${long}\\`, `${long}\n`, `${long}\u001f`, `${long}\u007f`, `${long}é`, `${long}\u2028`,
      `${long}😀`, `${long}\ud800`, `\udc00${long}`, `é${long}`];
    for (const text of texts) {
      const bytes = Buffer.from(utf8OfJsonString('{"name":', text));
      assert.ok(bytes.equals(Buffer.from('{"name":' + JSON.stringify(text))), `${JSON.stringify(text.slice(-3))} of ${text.length}`);
    }
  });
});
