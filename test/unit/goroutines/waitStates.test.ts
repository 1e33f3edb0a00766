import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { analyzeGoroutineDump, inferStateFromFrames, WAIT_STATES, waitStateOf } from '../../../src/core/goroutines';

interface ReasonList { readonly versions: string; readonly origin: string; readonly reasons: readonly string[] }
interface GoWaitReasons {
  readonly waitReasons: readonly ReasonList[];
  readonly statuses: { readonly list: readonly string[] };
  readonly neverWakes: { readonly list: readonly string[] };
}

// Copied from the Go runtime's source, each list with its origin (see the file).
const go = JSON.parse(readFileSync('test/fixtures/goroutines/go_wait_reasons.json', 'utf8')) as GoWaitReasons;
const everyReason = [...new Set(go.waitReasons.flatMap(l => l.reasons))];

describe('goroutines: the table of wait states', () => {
  it('knows every wait reason Go 1.15–1.26 prints', () => {
    assert.ok(go.waitReasons.length >= 3 && everyReason.length > 40);
    for (const list of go.waitReasons) {
      const missing = list.reasons.filter(r => waitStateOf(r) === undefined);
      assert.deepEqual(missing, [], `${list.versions} (${list.origin})`);
    }
  });

  it('knows every status Go prints for a goroutine that is not waiting', () => {
    assert.deepEqual(go.statuses.list.filter(s => waitStateOf(s) === undefined), []);
  });

  it('says never-wakes of exactly the nil-channel waits and the empty select', () => {
    const neverWakes = everyReason.filter(r => waitStateOf(r)!.neverWakes).sort();
    assert.deepEqual(neverWakes, [...go.neverWakes.list].sort());
    assert.ok(neverWakes.includes('chan send (nil chan)') && neverWakes.includes('select (no cases)'));
  });

  it('has one row per state, and never-waking states weigh the most', () => {
    const states = WAIT_STATES.map(s => s.state);
    assert.equal(new Set(states).size, states.length);
    const maxWeight = Math.max(...WAIT_STATES.map(s => s.weight));
    for (const s of WAIT_STATES.filter(w => w.neverWakes)) assert.equal(s.weight, maxWeight, s.state);
  });

  it('has no state Go does not print', () => {
    const printed = new Set([...everyReason, ...go.statuses.list]);
    assert.deepEqual(WAIT_STATES.map(s => s.state).filter(s => !printed.has(s)), []);
  });

  it('implies a state from a frame only for states Go prints, and names each frame once', () => {
    const frames = WAIT_STATES.flatMap(s => s.impliedBy);
    assert.equal(new Set(frames).size, frames.length);
    const objectFuncs = WAIT_STATES.flatMap(s => s.namesObject.map(o => o.func));
    assert.equal(new Set(objectFuncs).size, objectFuncs.length);
    assert.equal(inferStateFromFrames(['runtime.gopark', 'runtime.chansend', 'runtime.chansend1', 'main.f']), 'chan send');
    assert.equal(inferStateFromFrames(['runtime.gopark', 'sync.runtime_SemacquireWaitGroup', 'sync.(*WaitGroup).Wait']), 'sync.WaitGroup.Wait');
    assert.equal(inferStateFromFrames(['main.busy']), '');
  });

  it('reads a synctest (durable) wait as its plain wait', () => {
    assert.equal(waitStateOf('chan receive (durable)'), waitStateOf('chan receive'));
    assert.equal(waitStateOf('sync.WaitGroup.Wait (durable)')?.state, 'sync.WaitGroup.Wait');
  });

  it('knows every state in the dumps of the corpus', () => {
    const files = [
      ...readdirSync('test/fixtures/corpus').filter(f => f.endsWith('.txt')).map(f => `test/fixtures/corpus/${f}`),
      ...readdirSync('test/fixtures/goroutines').filter(f => f.endsWith('.txt')).map(f => `test/fixtures/goroutines/${f}`),
    ];
    const unknown = new Set<string>();
    let states = 0;
    for (const file of files) {
      for (const g of analyzeGoroutineDump(readFileSync(file)).groups) {
        if (g.stateInferred || g.state === '' || g.state.startsWith('data race (')) continue;
        states++;
        if (!waitStateOf(g.state)) unknown.add(`${g.state} (${file})`);
      }
    }
    assert.ok(states > 20);
    assert.deepEqual([...unknown], []);
  });
});
