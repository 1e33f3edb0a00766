// The status bar's words for a grouped dump, from the view model of real pastes: a crash line over
// stacks without their goroutine header is a crash there too, not "no leak suspect".
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import { buildGoroutineViewModel } from '../../../src/core/report/goroutines/viewModel';
import { statusText } from '../../../src/host/goroutines/statusText';

const pasted = join(__dirname, '../../fixtures/goroutines/pasted');
const corpus = join(__dirname, '../../fixtures/corpus');

function status(text: string): string {
  return statusText(buildGoroutineViewModel(analyzeGoroutineDump(text), { similarity: 'default', lineOffset: 0, elapsedMs: 1 }));
}

describe('goroutine status bar text', () => {
  it('gogs #6621: macaron\'s PANIC line over two stacks of file:line only (recovered, no goroutine header)', () => {
    assert.equal(status(readFileSync(join(pasted, 'gogs_6621_macaron_panic_trimpath_locations_cut.txt'), 'utf8')), '0 goroutines · panic recovered');
  });

  it('a hand-made martini log: its PANIC line and a stack of file:line (0x…) lines, no header, other files', () => {
    const text = [
      '[martini] Started GET /api/v2/items for 10.0.0.7',
      'PANIC: assignment to entry in nil map',
      '/build/src/shop/cart.go:88 (0x8a1f20)',
      '\tc.items[id] = n',
      '/build/src/shop/handlers.go:41 (0x8a3b55)',
      '\taddToCart(w, r)',
      '/usr/local/go/src/net/http/server.go:2136 (0x6d1a09)',
      '\tf(w, r)',
      '',
    ].join('\n');
    const view = buildGoroutineViewModel(analyzeGoroutineDump(text), { similarity: 'default', lineOffset: 0, elapsedMs: 1 });
    assert.equal(view.groups.length, 0, 'no goroutine header: no group');
    assert.ok(view.summary.crash !== null, 'the PANIC line is read as the crash');
    assert.equal(statusText(view), '0 goroutines · panic recovered');
  });

  it('a deadlock\'s fatal error is said as the deadlock, not as a crash', () => {
    const text = readFileSync(join(__dirname, '../../integration/workspace/dumps/demo_deadlock.txt'), 'utf8');
    assert.equal(status(text), '12 goroutines · deadlock');
  });

  it('a real debug=1 profile with leak suspects and no crash still counts its suspects (its 1,000 read loops in IO wait none)', () => {
    assert.equal(status(readFileSync(join(corpus, 'real_natsserver_goroutine_debug1_7046.txt'), 'utf8')), '7,046 goroutines · 4 leak suspects');
  });
});
