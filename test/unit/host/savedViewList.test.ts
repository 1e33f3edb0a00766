// Saved views are bounded in count and in bytes: a save past either limit is refused with a
// message saying which limit and what to do, nothing already saved is dropped for it, and a list an
// older version stored past the limits (200 views of 32 filters of 2,000 characters, ~13 MB) is
// read back cut to them.
import assert from 'node:assert/strict';
import { readStoredViews, SAVED_VIEW_LIMITS, storedBytes, withSavedView, type StoredView } from '../../../src/host/profileEditor/savedViewList';
import { PROTOCOL_LIMITS, type SavedViewState } from '../../../src/shared/profileProtocol';

function state(filterChars = 0): SavedViewState {
  const filters = filterChars === 0 ? [] : Array.from({ length: PROTOCOL_LIMITS.maxFilters }, (_, i) => ({
    kind: 'focus' as const, pattern: `${i}${'x'.repeat(filterChars - String(i).length)}`,
  }));
  return { sampleType: 'inuse_space', granularity: 'functions', filters, view: 'flame', tagRoot: [], tagLeaf: [], order: 'alphabetical', diff: { subtractBase: true, normalize: false } };
}

const view = (name: string, filterChars = 0, kind = 'inuse_space/bytes'): StoredView => ({ name, kind, state: state(filterChars) });

function saveAll(views: StoredView[]): { list: StoredView[]; refused: string[] } {
  let list: StoredView[] = [];
  const refused: string[] = [];
  for (const v of views) {
    const out = withSavedView(list, v);
    if ('refused' in out) refused.push(out.refused); else list = out.views;
  }
  return { list, refused };
}

describe('saved views: bounded in count and bytes', () => {
  it('keeps 200 small views and refuses the 201st, naming the limit; replacing one by name still works', () => {
    const { list, refused } = saveAll(Array.from({ length: 201 }, (_, i) => view(`v${i}`)));
    assert.equal(list.length, SAVED_VIEW_LIMITS.maxViews);
    assert.deepEqual(refused, ['View "v200" not saved: this workspace has 200 saved views, the most it keeps. Delete one first.']);
    const replaced = withSavedView(list, { ...view('v7'), state: { ...state(), view: 'top' } });
    assert.ok('views' in replaced);
    assert.equal(replaced.views.length, 200);
    assert.equal(replaced.views.find(v => v.name === 'v7')?.state.view, 'top');
    // The same name in another kind is another view.
    assert.ok('refused' in withSavedView(list, view('v7', 0, 'cpu/nanoseconds')));
  });

  it('refuses the view that would take the list past 1 MiB, with its size, and keeps the earlier ones', () => {
    const one = storedBytes(view('big0', PROTOCOL_LIMITS.maxPatternLength));
    assert.ok(one > 60 * 1024 && one < 70 * 1024, `${one} bytes`);
    const { list, refused } = saveAll(Array.from({ length: 200 }, (_, i) => view(`big${i}`, PROTOCOL_LIMITS.maxPatternLength)));
    const fit = Math.floor(SAVED_VIEW_LIMITS.maxBytes / one);
    assert.equal(list.length, fit);
    assert.equal(refused.length, 200 - fit);
    assert.match(refused[0], new RegExp(`^View "big${fit}" not saved: its 6\\d KiB would take the workspace's saved views past 1,024 KiB \\(they hold 1,0\\d\\d KiB\\)\\. Delete some, or save fewer or shorter filters\\.$`));
    const bytes = JSON.stringify(list).length;
    assert.ok(bytes <= SAVED_VIEW_LIMITS.maxBytes, `${bytes} bytes stored`);
    // A small view still fits beside them.
    assert.ok('views' in withSavedView(list, view('small')));
  });

  it('reads a list stored past the limits (~13 MB) back within them, in bounded time', () => {
    const stored = Array.from({ length: 200 }, (_, i) => view(`old${i}`, PROTOCOL_LIMITS.maxPatternLength));
    const started = performance.now();
    const read = readStoredViews(JSON.parse(JSON.stringify(stored)));
    const ms = performance.now() - started;
    assert.ok(read.length > 0 && read.length < 20, `${read.length} views`);
    assert.equal(read[0].name, 'old0');
    assert.ok(read.reduce((sum, v) => sum + storedBytes(v), 0) <= SAVED_VIEW_LIMITS.maxBytes);
    assert.ok(ms < 5000, `${ms} ms`);
    assert.deepEqual(readStoredViews([{ name: '', kind: 'k', state: state() }, { name: 'x', kind: 'k', state: { ...state(), granularity: 'nope' } }, 7, null]), []);
    assert.deepEqual(readStoredViews('not a list'), []);
  });
});
