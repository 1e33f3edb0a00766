// A sample type, unit or label key longer than a query names back crosses to the webview as a
// reference (src/shared/nameLimit.ts, within 200 characters); the webview asks by it (a remembered
// or saved type found again, "group by label" at the root or the leaves, a label filter). Each
// request finds the type or key it was cut from, also between two that share all but their last
// character (the hostile profile `twin-long-keys`).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkerStore, type JobContext } from '../../../src/host/worker/jobTypes';
import { profileOpenJob } from '../../../src/host/worker/jobs/profileOpen';
import { profileViewJob } from '../../../src/host/worker/jobs/profileView';
import { profileSampleTypesJob } from '../../../src/host/worker/jobs/profileSampleTypes';
import { unpackStrings } from '../../../src/shared/packedViews';
import { MAX_CROSSING_KEY_CHARS, parseNameReference } from '../../../src/shared/nameLimit';
import { parseProfileWebviewMessage, parseSavedViewState, type ProfileQuery, type ProfileSummary } from '../../../src/shared/profileProtocol';
import { useWorkerPlatform } from '../../../src/host/worker/workerPlatform';
import { nodeWorkerPlatform } from '../../../src/host/worker/nodeWorkerPlatform';
import { hostileProfiles } from '../../hostile/hostileProfiles';

useWorkerPlatform(nodeWorkerPlatform);

const TOP = { sortKey: 'flat' as const, descending: true, filter: '', start: 0, count: 100 };

describe('sample types and label keys cut to cross are references: a request by one finds it', function () {
  this.timeout(120_000);
  const context: JobContext = { store: new WorkerStore(), transfer: () => undefined };
  let dir = '';
  let summary: ProfileSummary;
  const stem = 'k'.repeat(1_000);

  /** A query as the webview sends it, through the host's validation. */
  async function view(query: ProfileQuery) {
    const parsed = parseProfileWebviewMessage({ type: 'query', requestId: 1, query, widthPx: 1200, top: TOP });
    assert.ok(parsed && parsed.type === 'query', 'the host takes the query');
    return profileViewJob.run({ documentId: 'keys', query: parsed.query, widthPx: 1200, top: TOP }, context);
  }

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gpe-cut-keys-'));
    const file = join(dir, 'p.pb');
    writeFileSync(file, hostileProfiles['twin-long-keys'](1));
    summary = (await profileOpenJob.run({ documentId: 'keys', fileName: 'p.pb', bytes: { filePath: file } }, context)).summary;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the summary names each type and key by a reference within the limit, one apiece', () => {
    const types = summary.sampleTypes.listed.map(t => t.type);
    assert.equal(types.length, 2);
    assert.notEqual(types[0], types[1]);
    for (const t of [...types, ...summary.labelKeys]) {
      assert.ok(t.length <= MAX_CROSSING_KEY_CHARS, `${t.length}`);
      assert.equal(parseNameReference(t)?.length, stem.length + 1);
    }
    assert.equal(new Set(summary.labelKeys).size, 2);
    assert.ok(summary.sampleTypesKey.length < 1000, 'the saved views\' key holds the references');
  });

  it('a remembered or saved type found again by its cut name: its own index (before: none)', async () => {
    for (const t of summary.sampleTypes.listed) {
      const w = await profileSampleTypesJob.run({ documentId: 'keys', window: { filter: t.type, start: 0, count: 1 } }, context);
      assert.equal(w.exact?.index, t.index);
      assert.equal(w.matched, 1);
    }
    const saved = parseSavedViewState({
      sampleType: summary.sampleTypes.listed[1].type, granularity: 'functions', filters: [], view: 'flame', tagRoot: [summary.labelKeys[1]], tagLeaf: [],
      order: 'alphabetical', diff: { subtractBase: false, normalize: false },
    });
    assert.ok(saved, 'a saved view naming a cut type and key passes the protocol');
  });

  it('group by a cut label key at the root and at the leaves: that key\'s own values', async () => {
    const type0: ProfileQuery = { sampleType: 0, granularity: 'functions', filters: [] };
    const [keyA, keyB] = summary.labelKeys;
    for (const [key, value] of [[keyA, 'a'], [keyB, 'b']] as const) {
      const root = await view({ ...type0, tagRoot: [key] });
      const rootNames = unpackStrings(root.flame.names);
      assert.ok(rootNames.some(n => n.endsWith(value)), `a label frame of ${value}: ${rootNames.map(n => n.slice(-20)).join(' | ')}`);
      assert.ok(!rootNames.some(n => n.endsWith(value === 'a' ? 'b' : 'a')));
      const leaf = await view({ ...type0, tagLeaf: [key] });
      assert.ok(unpackStrings(leaf.flame.names).some(n => n.endsWith(value)));
    }
  });

  it('a label filter on a cut key keeps that key\'s samples only', async () => {
    const [keyA, keyB] = summary.labelKeys;
    for (const [key, value, total] of [[keyA, 'a', 1], [keyB, 'b', 2]] as const) {
      const focused = await view({ sampleType: 0, granularity: 'functions', filters: [{ kind: 'tagfocus', pattern: `${key}=${value}` }] });
      assert.equal(focused.shownTotal, total);
      const ignored = await view({ sampleType: 0, granularity: 'functions', filters: [{ kind: 'tagignore', pattern: `${key}=.*` }] });
      assert.equal(ignored.shownTotal, 3 - total);
    }
  });
});
