// Folders given to `goprof incident` (and the editor's "Open incident…", which reads them alike)
// that no incident is: 10^4 files, thousands of subfolders, a loop of symbolic links, the folder
// named through a link. Each read within its limits, in bounded time, and every file past a limit
// told in one entry instead of one line each (a report of 10^5 lines before).
import assert from 'node:assert/strict';
import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { incidentOfFolder, readIncidentFolder } from '../../../src/cli/incidentCommand';
import { INCIDENT_FOLDER_LIMITS } from '../../../src/core/report/incident';
import { withinCpu } from '../../hostile/threadCpu';

const heapProfile = join(__dirname, '../../../samples/kube-apiserver-incident/heap.pb.gz');

describe('incident folders that are no incident: bounded, every file past a limit said once', function () {
  this.timeout(300_000);
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'goprof-incident-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('20,000 empty dumps before the heap profile: the first 200 read, the rest one entry', () => {
    for (let i = 0; i < 20_000; i++) closeSync(openSync(join(dir, `goroutines-${String(i).padStart(5, '0')}.txt`), 'w'));
    copyFileSync(heapProfile, join(dir, 'heap.pb.gz'));
    const folder = withinCpu(5000, () => readIncidentFolder(dir), 'reading 20,000 files');
    assert.equal(folder.files.length, INCIDENT_FOLDER_LIMITS.maxFiles);
    assert.deepEqual(folder.unread, [{ path: 'goroutines-00200.txt', reason: 'not read, nor the 19800 files after it: the first 200 files are read' }]);
  });

  it('3,000 subfolders: the first 2,000 searched, the rest one entry', () => {
    for (let i = 0; i < 3000; i++) mkdirSync(join(dir, `d${String(i).padStart(4, '0')}`));
    const folder = withinCpu(5000, () => readIncidentFolder(dir), 'walking 3,000 folders');
    // The folder itself is the first searched.
    assert.deepEqual(folder.unread, [{ path: 'd1999', reason: 'not searched, nor any folder after it: the first 2000 folders are searched' }]);
  });

  it('a capture linked into the folder is listed as not followed, with its kind of target; a link to source is not listed', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'goprof-elsewhere-'));
    try {
      copyFileSync(heapProfile, join(elsewhere, 'heap-0930.pb.gz'));
      mkdirSync(join(elsewhere, 'node_modules'));
      copyFileSync(heapProfile, join(dir, 'heap.pb.gz'));
      symlinkSync(join(elsewhere, 'heap-0930.pb.gz'), join(dir, 'heap-0930.pb.gz'));
      symlinkSync(join(elsewhere, 'missing.txt'), join(dir, 'goroutines.txt'));
      symlinkSync(join(elsewhere, 'main.go'), join(dir, 'main.go'));
      symlinkSync(join(elsewhere, 'node_modules'), join(dir, 'node_modules'));
      const folder = readIncidentFolder(dir);
      assert.deepEqual(folder.files.map(f => f.path), ['heap.pb.gz']);
      assert.deepEqual(folder.unread, [
        { path: 'goroutines.txt', reason: 'a symbolic link: not followed' },
        { path: 'heap-0930.pb.gz', reason: 'a symbolic link: not followed' },
      ]);
      // The incident says it too, beside what it read.
      assert.ok(incidentOfFolder(dir).unread.some(u => u.path === 'heap-0930.pb.gz' && u.reason === 'a symbolic link: not followed'));
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('a loop of symbolic links inside is not followed; the folder named through a link is read', () => {
    mkdirSync(join(dir, 'captures'));
    copyFileSync(heapProfile, join(dir, 'captures', 'heap.pb.gz'));
    symlinkSync('..', join(dir, 'captures', 'up'));
    symlinkSync('loop', join(dir, 'loop'));
    symlinkSync(join(dir, 'captures'), join(dir, 'latest'));
    const folder = readIncidentFolder(dir);
    assert.deepEqual(folder.files.map(f => f.path), ['captures/heap.pb.gz']);
    // Listed, not followed: a loop reads as a link to a file.
    assert.deepEqual(folder.unread, [
      { path: 'captures/up', reason: 'a symbolic link to a folder: not searched' },
      { path: 'latest', reason: 'a symbolic link to a folder: not searched' },
      { path: 'loop', reason: 'a symbolic link: not followed' },
    ]);
    assert.deepEqual(readIncidentFolder(join(dir, 'latest')).files.map(f => f.path), ['heap.pb.gz']);
    assert.throws(() => readIncidentFolder(join(dir, 'loop')), /loop: a loop of symbolic links$/);
  });
});
