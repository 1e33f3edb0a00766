// A log viewer's copy newest line first with each record's time alone on the line over its message
// (Grafana's log view), whose only goroutine header has none of its stack in the copy: the order is
// told from the stack without its header (where its first line stands, what follows its `created by`),
// the times alone passed over. Read alike as a string and as bytes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, type GoroutineAnalysis } from '../../../src/core/goroutines';
import { looksReversed, splitLines } from '../../../src/core/goroutines/reversedDump';

const logview = (name: string) => readFileSync(`test/fixtures/goroutines/logviews/${name}`, 'utf8');
const pasted = (name: string) => readFileSync(`test/fixtures/goroutines/pasted/${name}`, 'utf8');

function reading(a: GoroutineAnalysis) {
  return {
    reversed: a.dump.warnings.some(w => w.message.startsWith('lines were newest first')),
    goroutines: [...a.dump.goroutines].map(g => [g.id, g.state, g.cut, g.frames.length]),
    headless: a.dump.headlessStacks.map(s => [s.frames.map(f => f.func), s.createdBy?.func ?? null]),
    truncated: a.dump.truncated,
  };
}

function read(text: string) {
  const asText = reading(analyzeGoroutineDump(text));
  assert.deepEqual(reading(analyzeGoroutineDump(new TextEncoder().encode(text))), asText, 'bytes and text read alike');
  return asText;
}

describe('goroutines: newest first, each record\'s time alone on its own line', () => {
  it('goroutine 20 from its call line, goroutine 21\'s header without its stack (Go 1.19\'s output made such a copy)', () => {
    assert.deepEqual(read(logview('newest_first_grafana_time_alone_headless.txt')), {
      reversed: true,
      goroutines: [[21, 'chan send', true, 0]],
      headless: [[['main.(*store).deleteCollection.func1'], 'main.(*store).deleteCollection']],
      truncated: true,
    });
  });

  it('ethpandaops/dugtrio#12: the stack under `created by` read upside down, `sync.(*RWMutex).Unlock` its first frame', () => {
    assert.deepEqual(read(pasted('dugtrio_12_grafana_log_newest_first_unlock_rwmutex_cut.txt')), {
      reversed: true,
      goroutines: [[1, 'chan receive', true, 0]],
      headless: [[[
        'sync.(*RWMutex).Unlock', 'github.com/ethpandaops/dugtrio/pool.(*Client).setFinalizedHead', 'github.com/ethpandaops/dugtrio/pool.(*Client).pollClientHead',
        'github.com/ethpandaops/dugtrio/pool.(*Client).runPoolClient', 'github.com/ethpandaops/dugtrio/pool.(*Client).runPoolClientLoop',
      ], 'github.com/ethpandaops/dugtrio/pool.(*BeaconPool).newPoolClient']],
      truncated: true,
    });
  });

  it('the same lines in their own order read forward: the times alone are no vote either way', () => {
    const forward = logview('newest_first_grafana_time_alone_headless.txt').replace(/\n$/, '').split('\n').reverse();
    assert.equal(looksReversed(forward), false);
    assert.equal(looksReversed(splitLines(logview('newest_first_grafana_time_alone_headless.txt'))), true);
    // A blank line is no time: forward stacks one after another, a blank line between, stay forward.
    const twoStacks = ['main.a()', '\t/app/a.go:3 +0x1d', 'created by main.main', '\t/app/main.go:9 +0x2a', '', 'main.b()', '\t/app/b.go:4 +0x1d', 'created by main.main', '\t/app/main.go:10 +0x2a'];
    assert.equal(looksReversed(twoStacks), false);
  });
});
