// The Peek and Source views' requests, and the sample type picker's, are untrusted webview input like the others.
import assert from 'node:assert/strict';
import { PROTOCOL_LIMITS, parseProfileWebviewMessage } from '../../../src/shared/profileProtocol';

const query = { sampleType: 0, granularity: 'functions', filters: [{ kind: 'focus', pattern: 'recurse' }] };

describe('profile webview messages: peek and source requests', () => {
  it('accepts a well-formed request, keeping only known fields', () => {
    for (const type of ['peek', 'source']) {
      assert.deepEqual(parseProfileWebviewMessage({ type, requestId: 7, query, functionName: 'main.f', file: '/etc/passwd' }), { type, requestId: 7, query, functionName: 'main.f' });
    }
  });

  it('rejects a missing or oversized function name, a bad query or request id', () => {
    for (const type of ['peek', 'source']) {
      for (const raw of [
        { type, requestId: 1, query, functionName: '' },
        { type, requestId: 1, query, functionName: 'x'.repeat(PROTOCOL_LIMITS.maxNameLength + 1) },
        { type, requestId: 1, query, functionName: 42 },
        { type, requestId: -1, query, functionName: 'main.f' },
        { type, requestId: 1, query: { ...query, granularity: 'addresses' }, functionName: 'main.f' },
        { type, requestId: 1, functionName: 'main.f' },
      ]) assert.equal(parseProfileWebviewMessage(raw), undefined, JSON.stringify(raw).slice(0, 200));
    }
  });

  it('a peek\'s edges: accepts a well-formed request, rejects a bad node, role, start or count', () => {
    const edges = { node: 0, role: 'caller', start: 21, count: PROTOCOL_LIMITS.maxPeekWindowEdges };
    assert.deepEqual(parseProfileWebviewMessage({ type: 'peekEdges', requestId: 3, query, functionName: 'main.f', edges: { ...edges, extra: 1 } }),
      { type: 'peekEdges', requestId: 3, query, functionName: 'main.f', edges });
    for (const bad of [
      { ...edges, role: 'self' }, { ...edges, node: -1 }, { ...edges, node: 1.5 }, { ...edges, start: -1 }, { ...edges, count: 0 },
      { ...edges, count: PROTOCOL_LIMITS.maxPeekWindowEdges + 1 }, { ...edges, start: '0' }, undefined,
    ]) assert.equal(parseProfileWebviewMessage({ type: 'peekEdges', requestId: 3, query, functionName: 'main.f', edges: bad }), undefined, JSON.stringify(bad));
    assert.equal(parseProfileWebviewMessage({ type: 'peekEdges', requestId: 3, query, functionName: '', edges }), undefined);
  });

  it('the picker\'s sample types: accepts a search window of at most 1,000, rejects a bad filter, start or count', () => {
    const window = { filter: 'alloc', start: 100, count: PROTOCOL_LIMITS.maxSampleTypeWindow };
    assert.deepEqual(parseProfileWebviewMessage({ type: 'sampleTypes', requestId: 4, window: { ...window, extra: 1 } }), { type: 'sampleTypes', requestId: 4, window });
    for (const bad of [
      { ...window, count: PROTOCOL_LIMITS.maxSampleTypeWindow + 1 }, { ...window, count: 0 }, { ...window, start: -1 }, { ...window, start: 0.5 },
      { ...window, filter: 7 }, { ...window, filter: 'x'.repeat(PROTOCOL_LIMITS.maxNameLength + 1) }, undefined,
    ]) assert.equal(parseProfileWebviewMessage({ type: 'sampleTypes', requestId: 4, window: bad }), undefined, JSON.stringify(bad)?.slice(0, 200));
  });

  it('a query may name a sample type past the first thousand (the worker checks it against the profile)', () => {
    const far = { ...query, sampleType: 999_999 };
    assert.deepEqual(parseProfileWebviewMessage({ type: 'peek', requestId: 1, query: far, functionName: 'main.f' }), { type: 'peek', requestId: 1, query: far, functionName: 'main.f' });
    assert.equal(parseProfileWebviewMessage({ type: 'peek', requestId: 1, query: { ...query, sampleType: 2 ** 32 }, functionName: 'main.f' }), undefined);
  });
});
