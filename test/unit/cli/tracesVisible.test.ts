// `goprof traces` makes a frame's name and a value's text visible once each, and a label's line
// once sorted, instead of scanning all its text again: the bytes must be those of the whole text
// made visible at once, which is what pprof's text with its controls replaced reads as. Names,
// labels and the unit here hold controls and bidirectional overrides, and two label keys sort
// one way with their controls and the other way with them replaced.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Profile as ProtoProfile, StringTable } from 'pprof-format';
import { runCli } from '../../../src/cli/main';
import { parseQueryArgs, prepareQuery, REPORT_FLAGS } from '../../../src/cli/profileQuery';
import { renderTracesText } from '../../../src/core/report/pprofText';
import { tracesReport } from '../../../src/core/report/traces';
import { withVisibleControls } from '../../../src/core/format';
import { HOSTILE_NAMES } from '../../hostile/hostileProfiles';

function hostileTraces(): Uint8Array {
  const st = new StringTable();
  const file = st.dedup('main.go');
  const fns = HOSTILE_NAMES.map((name, i) => ({ id: i + 1, name: st.dedup(name), filename: file }));
  const label = (key: string, value: string) => ({ key: st.dedup(key), str: st.dedup(value) });
  return new ProtoProfile({
    stringTable: st,
    sampleType: [{ type: st.dedup('bytes\u0007'), unit: st.dedup('\u202ecount') }],
    function: fns,
    // The last location inlines two names: "(inline)" on a frame whose name holds controls.
    location: [...fns.map(f => ({ id: f.id, line: [{ functionId: f.id, line: f.id }] })),
      { id: 99, line: [{ functionId: 1, line: 1 }, { functionId: 4, line: 2 }] }],
    sample: [
      ...fns.map((f, i) => ({ locationId: fns.slice(0, i + 1).map(g => g.id), value: [i + 1] })),
      { locationId: [99, 2], value: [7], label: [label('a\u0001', 'x\u001b[31m'), label('a!', 'y'), label('\u2066k', 'v\u0000')] },
      { locationId: [3, 99], value: [8], label: [label('a!', 'z'), { key: st.dedup('n\u0001'), num: 12, numUnit: st.dedup('by\u0085tes') }] },
    ],
  }).encode();
}

describe('goprof traces: controls made visible once per name, value and label line', () => {
  let dir = '';
  before(() => { dir = mkdtempSync(join(tmpdir(), 'goprof-traces-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the whole text made visible at once, byte for byte', async () => {
    const file = join(dir, 'hostile.pb');
    writeFileSync(file, hostileTraces());
    let out = '', err = '';
    const code = await runCli(['traces', file], { out: t => { out += t; }, err: t => { err += t; } });
    assert.equal(code, 0, err);
    const { view, ctx } = prepareQuery(parseQueryArgs([file], 'traces', false, [], REPORT_FLAGS), { mergeAlways: true });
    const expected = withVisibleControls(renderTracesText(ctx, tracesReport(view)));
    assert.equal(out, expected);
    // "a\u0001" sorts before "a!", "a\ufffd" after it: the raw order is kept.
    assert.ok(out.includes('a\ufffd:  x\ufffd[31m\n        a!:  y\n'), 'the keys in the order of their raw text');
    assert.equal(withVisibleControls(out), out, 'no control character left');
  });
});
