import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseGoroutineWebviewMessage } from '../../../src/shared/goroutineProtocol';

const bounds = { frames: 10, groups: 3, earlierDumps: 2, stacks: 2 };

describe('parseGoroutineWebviewMessage (untrusted webview input)', () => {
  it('accepts well-formed messages that refer to what the model has', () => {
    assert.deepEqual(parseGoroutineWebviewMessage({ type: 'ready' }, bounds), { type: 'ready' });
    assert.deepEqual(parseGoroutineWebviewMessage({ type: 'retry', limits: { heapMb: 1e9 } }, bounds), { type: 'retry' });
    assert.deepEqual(parseGoroutineWebviewMessage({ type: 'openFrame', frame: 9, extra: 'x' }, bounds), { type: 'openFrame', frame: 9 });
    assert.deepEqual(parseGoroutineWebviewMessage({ type: 'revealGroup', group: 0 }, bounds), { type: 'revealGroup', group: 0 });
    assert.deepEqual(parseGoroutineWebviewMessage({ type: 'revealStack', stack: 1, lines: { start: 1 } }, bounds), { type: 'revealStack', stack: 1 });
    assert.deepEqual(parseGoroutineWebviewMessage({ type: 'setSimilarity', similarity: 'args' }, bounds), { type: 'setSimilarity', similarity: 'args' });
    assert.deepEqual(parseGoroutineWebviewMessage({ type: 'compare' }, bounds), { type: 'compare' });
    assert.deepEqual(parseGoroutineWebviewMessage({ type: 'clearCompare' }, bounds), { type: 'clearCompare' });
    assert.deepEqual(parseGoroutineWebviewMessage({ type: 'openEarlierDump', dump: 1 }, bounds), { type: 'openEarlierDump', dump: 1 });
    assert.deepEqual(parseGoroutineWebviewMessage({ type: 'compareWithEarlierDump', dump: 0, path: '/x' }, bounds), { type: 'compareWithEarlierDump', dump: 0 });
  });

  it('rejects out-of-range, fractional, negative and non-number indices', () => {
    for (const frame of [10, -1, 1.5, '1', NaN, Infinity, null, undefined, [1], { valueOf: () => 1 }]) {
      assert.equal(parseGoroutineWebviewMessage({ type: 'openFrame', frame }, bounds), undefined, String(frame));
    }
    for (const group of [3, -1, 0.5, '0']) {
      assert.equal(parseGoroutineWebviewMessage({ type: 'revealGroup', group }, bounds), undefined, String(group));
    }
    for (const stack of [2, -1, 0.5, '0', { start: 1, end: 9 }]) {
      assert.equal(parseGoroutineWebviewMessage({ type: 'revealStack', stack }, bounds), undefined, JSON.stringify(stack));
    }
    // A dump without stacks outside its groups has none to reveal.
    assert.equal(parseGoroutineWebviewMessage({ type: 'revealStack', stack: 0 }, { frames: 10, groups: 3 }), undefined);
    for (const dump of [2, -1, 0.5, '0', { start: 1, end: 9 }]) {
      assert.equal(parseGoroutineWebviewMessage({ type: 'openEarlierDump', dump }, bounds), undefined, JSON.stringify(dump));
      assert.equal(parseGoroutineWebviewMessage({ type: 'compareWithEarlierDump', dump }, bounds), undefined, JSON.stringify(dump));
    }
    // A text with one dump has no earlier dump to refer to.
    assert.equal(parseGoroutineWebviewMessage({ type: 'openEarlierDump', dump: 0 }, { frames: 10, groups: 3 }), undefined);
    // Before any model was sent, nothing can be referred to.
    assert.equal(parseGoroutineWebviewMessage({ type: 'openFrame', frame: 0 }), undefined);
  });

  it('rejects unknown types, similarities and shapes', () => {
    for (const raw of [null, undefined, 1, 'ready', [], {}, { type: 1 }, { type: 'runCommand', command: 'workbench.action.terminal.new' },
      { type: '__proto__' }, { type: 'setSimilarity', similarity: 'fuzzy' }, { type: 'setSimilarity' }, { type: 'openFile', path: '/etc/passwd' }]) {
      assert.equal(parseGoroutineWebviewMessage(raw, bounds), undefined, JSON.stringify(raw));
    }
  });

  it('takes a query of the filter and the idle toggle, a filter up to 100,000 characters, and nothing else in it', () => {
    assert.deepEqual(parseGoroutineWebviewMessage({ type: 'query', query: { filter: 'func:main', hideIdle: true, extra: 1 }, more: false }, bounds),
      { type: 'query', query: { filter: 'func:main', hideIdle: true }, more: false });
    assert.ok(parseGoroutineWebviewMessage({ type: 'query', query: { filter: 'x'.repeat(100_000), hideIdle: false }, more: true }, bounds));
    for (const raw of [{ type: 'query', query: { filter: 'x'.repeat(100_001), hideIdle: false }, more: true }, { type: 'query', query: { filter: 'a', hideIdle: 'no' }, more: true },
      { type: 'query', query: { filter: 1, hideIdle: false }, more: true }, { type: 'query', query: { filter: 'a', hideIdle: false } }, { type: 'query', more: false }]) {
      assert.equal(parseGoroutineWebviewMessage(raw, bounds), undefined, JSON.stringify(raw).slice(0, 80));
    }
  });

  it('never throws and only returns known shapes for arbitrary input', () => {
    fc.assert(fc.property(fc.anything(), raw => {
      const m = parseGoroutineWebviewMessage(raw, bounds);
      if (m === undefined) return true;
      return ['ready', 'retry', 'openFrame', 'revealGroup', 'setSimilarity', 'compare', 'clearCompare', 'openEarlierDump', 'compareWithEarlierDump', 'query'].includes(m.type);
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.record({ type: fc.constantFrom('openFrame', 'revealGroup'), frame: fc.anything(), group: fc.anything() }), raw => {
      const m = parseGoroutineWebviewMessage(raw, bounds);
      if (!m) return true;
      if (m.type === 'openFrame') return Number.isInteger(m.frame) && m.frame >= 0 && m.frame < bounds.frames;
      if (m.type === 'revealGroup') return Number.isInteger(m.group) && m.group >= 0 && m.group < bounds.groups;
      return false;
    }), { numRuns: 2000 });
  });
});
