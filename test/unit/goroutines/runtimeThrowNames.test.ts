// A crash whose goroutine shows only the runtime's frames, the top one a throw the ranking's table does
// not name (`runtime.fatal` under GOTRACEBACK=system, `internal/runtime/maps.fatal` since Go 1.24, a
// help page's made-up `runtime.throw2`): blamed on the frame under the throw, where the map was touched.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';

/** Go 1.19's own output (GOTRACEBACK=system) behind docker compose's prefix, cut inside the map frame's `sp=`. */
const GO_MADE = readFileSync('test/fixtures/goroutines/fatal_runtime_frames_only_compose_cut.txt', 'utf8');

const blamed = (text: string) => analyzeGoroutineDump(text).groups[0]?.suspect;

describe('goroutines: a throw of a name the runtime table lacks, over runtime frames only', () => {
  it('Go\'s `runtime.fatal` over the map read is blamed on the map read', () => {
    assert.equal(blamed(GO_MADE), '1 goroutine crashed (fatal error: concurrent map read and map write) in runtime.mapaccess1_faststr (map_faststr.go:22)');
  });

  it('Go 1.24\'s `internal/runtime/maps.fatal` and a made-up `runtime.throw2` read alike, without a prefix', () => {
    const plain = GO_MADE.replace(/^cache-1 {2}\| /gm, '');
    for (const name of ['internal/runtime/maps.fatal', 'runtime.throw2', 'runtime.fatalthrow2']) {
      assert.equal(blamed(plain.replace('runtime.fatal(', `${name}(`)), '1 goroutine crashed (fatal error: concurrent map read and map write) in runtime.mapaccess1_faststr (map_faststr.go:22)', name);
    }
  });

  it('a package whose name only starts `runtime` is not the runtime: its `fatal` is the program\'s own frame, blamed', () => {
    const plain = GO_MADE.replace(/^cache-1 {2}\| /gm, '');
    assert.equal(blamed(plain.replace('runtime.fatal(', 'runtimex.fatal(')), '1 goroutine crashed (fatal error: concurrent map read and map write) in runtimex.fatal (panic.go:1066)');
  });

  it('without its crash line, the goroutine whose top frame is such a throw is still the crashed one', () => {
    const noCrashLine = GO_MADE.replace(/^cache-1 {2}\| /gm, '').split('\n').slice(2).join('\n');
    const a = analyzeGoroutineDump(noCrashLine);
    assert.equal(a.groups[0]?.suspect, '1 goroutine crashed (its crash line is not in the text) in runtime.mapaccess1_faststr (map_faststr.go:22)');
  });
});
