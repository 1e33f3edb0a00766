import assert from 'node:assert/strict';
import { PROTOCOL_LIMITS, parseProfileQuery, parseProfileWebviewMessage } from '../../../src/shared/profileProtocol';

const query = { sampleType: 1, granularity: 'lines', filters: [{ kind: 'focus', pattern: '^main\\.' }, { kind: 'tagignore', pattern: 'handler=/debug' }] };
const top = { sortKey: 'cum', descending: false, filter: '/^main\\./i', start: 0, count: 60 };

describe('profile webview messages (untrusted input)', () => {
  it('accepts every well-formed message, keeping only known fields', () => {
    assert.deepEqual(parseProfileWebviewMessage({ type: 'query', requestId: 3, query, widthPx: 1200.4, top: { ...top, extra: 1 }, extra: 1 }), { type: 'query', requestId: 3, query, widthPx: 1200, top });
    const rows = { type: 'topRows', requestId: 8, query, window: { ...top, start: 399_940 } };
    assert.deepEqual(parseProfileWebviewMessage({ ...rows, extra: 1 }), rows);
    assert.deepEqual(parseProfileWebviewMessage({ type: 'subtree', requestId: 4, query, path: ['main.main', 'main.f'], widthPx: 800 }), { type: 'subtree', requestId: 4, query, path: ['main.main', 'main.f'], widthPx: 800 });
    assert.deepEqual(parseProfileWebviewMessage({ type: 'callers', requestId: 5, query, functionName: 'main.f', widthPx: 800 }), { type: 'callers', requestId: 5, query, functionName: 'main.f', widthPx: 800 });
    assert.deepEqual(parseProfileWebviewMessage({ type: 'openSource', file: '/src/a.go', line: 12, functionName: 'main.f' }), { type: 'openSource', file: '/src/a.go', line: 12, functionName: 'main.f' });
    const diff = { subtractBase: true, normalize: false };
    assert.deepEqual(parseProfileQuery({ ...query, diff: { ...diff, extra: 1 } }), { ...query, diff }, 'diff options');
    assert.deepEqual(parseProfileQuery({ ...query, tagRoot: ['handler'], tagLeaf: [] }), { ...query, tagRoot: ['handler'] }, 'label views');
    const exportMessage = { type: 'export', requestId: 6, format: 'pb.gz', view: 'flame', query, order: 'heaviest', icicle: true, zoomPath: ['main.main'], widthPx: 900 };
    assert.deepEqual(parseProfileWebviewMessage({ ...exportMessage, svg: '<svg/>' }), exportMessage, 'only a drawn view sends its picture');
    assert.deepEqual(parseProfileWebviewMessage({ ...exportMessage, view: 'drawn', format: 'png', svg: '<svg/>' }), { ...exportMessage, view: 'drawn', format: 'png', svg: '<svg/>' });
    assert.deepEqual(parseProfileWebviewMessage({ type: 'exportPng', requestId: 6, dataUrl: 'data:image/png;base64,AAAA' }), { type: 'exportPng', requestId: 6, dataUrl: 'data:image/png;base64,AAAA' });
    assert.deepEqual(parseProfileWebviewMessage({ type: 'exportPng', requestId: 6, dataUrl: 'https://example.com/x.png' }), { type: 'exportPng', requestId: 6, error: 'the picture could not be drawn' });
    const saved = { sampleType: 'inuse_space', granularity: 'functions', filters: query.filters, view: 'bottomup', tagRoot: [], tagLeaf: ['worker'], order: 'heaviest', diff: { subtractBase: false, normalize: true } };
    assert.deepEqual(parseProfileWebviewMessage({ type: 'saveView', name: ' leak under DeleteCollection ', state: saved }), { type: 'saveView', name: 'leak under DeleteCollection', state: saved });
    assert.deepEqual(parseProfileWebviewMessage({ type: 'applySavedView', name: 'x' }), { type: 'applySavedView', name: 'x' });
    assert.deepEqual(parseProfileWebviewMessage({ type: 'bottomUp', requestId: 7, query, widthPx: 640 }), { type: 'bottomUp', requestId: 7, query, widthPx: 640 });
    for (const type of ['ready', 'reopenAsText', 'retry', 'compareWith', 'clearBase']) assert.deepEqual(parseProfileWebviewMessage({ type, file: '/etc/passwd' }), { type });
  });

  it('rejects wrong types, unknown kinds and out-of-range values', () => {
    const bad: unknown[] = [
      { type: 'query', requestId: -1, query, widthPx: 100, top },
      { type: 'query', requestId: 1.5, query, widthPx: 100, top },
      { type: 'query', requestId: 1, query, widthPx: 0 },
      { type: 'query', requestId: 1, query, widthPx: Infinity },
      { type: 'query', requestId: 1, query: { sampleType: '1', granularity: 'functions', filters: [] }, widthPx: 100, top },
      { type: 'query', requestId: 1, query: { sampleType: 1, filters: [] }, widthPx: 100, top },
      { type: 'query', requestId: 1, query: { sampleType: 1, granularity: 'addresses', filters: [] }, widthPx: 100, top },
      { type: 'query', requestId: 1, query: { sampleType: 1, granularity: ['lines'], filters: [] }, widthPx: 100, top },
      { type: 'query', requestId: 1, query: { sampleType: 0, granularity: 'functions', filters: [{ kind: 'exec', pattern: 'x' }] }, widthPx: 100, top },
      { type: 'query', requestId: 1, query: { sampleType: 0, granularity: 'functions', filters: [{ kind: 'focus', pattern: '' }] }, widthPx: 100, top },
      { type: 'query', requestId: 1, query: { sampleType: 0, granularity: 'functions', filters: {} }, widthPx: 100, top },
      { type: 'query', requestId: 1, query: { ...query, diff: { subtractBase: 'yes', normalize: false } }, widthPx: 100, top },
      { type: 'query', requestId: 1, query: { ...query, diff: { normalize: true } }, widthPx: 100, top },
      { type: 'query', requestId: 1, query: { ...query, diff: null }, widthPx: 100, top },
      { type: 'subtree', requestId: 1, query, path: 'main.main', widthPx: 100 },
      { type: 'subtree', requestId: 1, query, path: [1, 2], widthPx: 100 },
      { type: 'callers', requestId: 1, query, functionName: '', widthPx: 100 },
      { type: 'openSource', file: '', line: 1, functionName: 'f' },
      { type: 'openSource', file: '/a.go', line: -3, functionName: 'f' },
      { type: 'openSource', file: '/a.go', line: '3', functionName: 'f' },
      { type: 'query', requestId: 1, query: { ...query, tagRoot: 'worker' }, widthPx: 100, top },
      { type: 'query', requestId: 1, query: { ...query, tagLeaf: [''] }, widthPx: 100, top },
      { type: 'export', requestId: 1, format: 'exe', view: 'flame', query, order: 'heaviest', icicle: true, zoomPath: [], widthPx: 100 },
      { type: 'export', requestId: 1, format: 'svg', view: 'drawn', query, order: 'heaviest', icicle: true, zoomPath: [], widthPx: 100 },
      { type: 'export', requestId: 1, format: 'svg', view: 'flame', query, order: 'random', icicle: true, zoomPath: [], widthPx: 100 },
      { type: 'saveView', name: '   ', state: { sampleType: 'x', granularity: 'functions', filters: [], view: 'flame', tagRoot: [], tagLeaf: [], order: 'heaviest', diff: { subtractBase: false, normalize: false } } },
      { type: 'saveView', name: 'x', state: { sampleType: 'x', granularity: 'functions', filters: [], view: 'flame', tagRoot: [], tagLeaf: [], order: 'heaviest' } },
      { type: 'deleteSavedView', name: 'x'.repeat(PROTOCOL_LIMITS.maxViewNameLength + 1) },
      { type: 'query', requestId: 1, query, widthPx: 100 },
      { type: 'query', requestId: 1, query, widthPx: 100, top: { ...top, sortKey: 'file' } },
      { type: 'topRows', requestId: 1, query, window: { ...top, descending: 'yes' } },
      { type: 'topRows', requestId: 1, query, window: { ...top, start: -1 } },
      { type: 'topRows', requestId: 1, query, window: { ...top, start: 2.5 } },
      { type: 'topRows', requestId: 1, query, window: { ...top, count: 0 } },
      { type: 'topRows', requestId: 1, query, window: { ...top, filter: 3 } },
      { type: 'topRows', requestId: 1, query: {}, window: top },
      { type: 'topRows', requestId: 1, query },
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
      { type: 'toString' }, null, 'query', [],
    ];
    for (const raw of bad) assert.equal(parseProfileWebviewMessage(raw), undefined, JSON.stringify(raw));
  });

  it('bounds the work a hostile webview can ask for', () => {
    const filters = Array.from({ length: PROTOCOL_LIMITS.maxFilters + 1 }, () => ({ kind: 'hide', pattern: 'x' }));
    assert.equal(parseProfileQuery({ sampleType: 0, granularity: 'functions', filters }), undefined);
    assert.equal(parseProfileQuery({ sampleType: 0, granularity: 'functions', filters: [{ kind: 'focus', pattern: 'x'.repeat(PROTOCOL_LIMITS.maxPatternLength + 1) }] }), undefined);
    const path = Array.from({ length: PROTOCOL_LIMITS.maxPathDepth + 1 }, () => 'f');
    assert.equal(parseProfileWebviewMessage({ type: 'subtree', requestId: 1, query, path, widthPx: 100 }), undefined);
    // The host relays a window of rows, never the whole table, whatever the webview asks.
    assert.equal(parseProfileWebviewMessage({ type: 'topRows', requestId: 1, query, window: { ...top, count: PROTOCOL_LIMITS.maxTopWindowRows + 1 } }), undefined);
    assert.equal(parseProfileWebviewMessage({ type: 'topRows', requestId: 1, query, window: { ...top, filter: 'x'.repeat(PROTOCOL_LIMITS.maxPatternLength + 1) } }), undefined);
  });
});
