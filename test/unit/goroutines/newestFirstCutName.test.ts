// A log view copied newest line first and cut by the paste at its oldest line: read in reverse, the
// text starts with a call cut inside its function's name behind the view's columns (`… | main.(*store)`,
// `… | k8s.`), over its frame's `file:line`. The text path reads it as the stack's first frame; the
// byte path's junk gate now lets such a first line through too. Both real and Go-made views, cut at
// every byte of their first 2 KB: both paths alike.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readAlike } from './readAlike';

const VIEWS = ['logviews/newest_first_table_columns.txt', 'pasted/kubernetes_125680_grafana_table_dashes_newest_first.txt'];

describe('goroutines: a newest-first log view cut inside its oldest line\'s name', () => {
  for (const name of VIEWS) {
    it(`${name} cut at every byte of its first 2 KB: both paths alike`, () => {
      const bytes = readFileSync(`test/fixtures/goroutines/${name}`);
      for (let at = 1; at < Math.min(bytes.length, 2048); at++) readAlike(new TextDecoder().decode(bytes.subarray(0, at)));
    });
  }

  it('the cut name kept as the stack\'s first frame, over its `file:line`', () => {
    const bytes = readFileSync(`test/fixtures/goroutines/${VIEWS[0]}`);
    const text = new TextDecoder().decode(bytes.subarray(0, 1067));
    assert.ok(text.endsWith('| main.(*store)'));
    const d = readAlike(text);
    assert.deepEqual(d.headlessStacks.map(h => h.frames.map(f => `${f.func} ${f.line}`)), [['main.(*store) 47']]);
  });

  it('not a stack: a first line of prose ending in a dot or a parenthesis over text of no `file:line`', () => {
    for (const text of ['10:00:01 app | Starting the server (see main.go).\n10:00:02 app | Listening on :8080\n', '10:00:01 app | it ends in k8s.\n10:00:02 app | done\n']) {
      const d = readAlike(text);
      assert.equal(d.headlessStacks.length, 0);
      assert.equal(d.goroutines.length, 0);
    }
  });
});
