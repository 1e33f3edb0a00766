// A text with several dumps (a service log with a dump per round or per SIGQUIT, captures appended
// to one file): Go never prints a goroutine id twice in one dump, so a repeated id starts the next
// dump, and only the last dump is grouped. GOTRACEBACK=crash prints a goroutine running on another
// thread twice within ONE dump; that is not a new dump, and the goroutine counts once.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeGoroutineDump, compareGroups, type GoroutineAnalysis } from '../../../src/core/goroutines';
import { GoroutineTable } from '../../../src/core/goroutines/goroutineTable';
import { RowsById } from '../../../src/core/goroutines/rowsById';
import { CORPUS_DIR, DEMO_DIR } from './goldenSummary';

const read = (path: string) => readFileSync(path, 'utf8');
const lines = (text: string, start: number, end = Infinity) => text.split('\n').slice(start - 1, end).join('\n');
const groupsOf = (a: GoroutineAnalysis) => a.groups.map(g => `${g.count} ${g.key}`);

describe('goroutines: several dumps in one text', () => {
  it('groups only the last dump of a log with a dump every round, and says where the others are', () => {
    // scripts/go/goroutinegen -dumps 3: log lines, a debug=2 dump, 12 more leaked goroutines, again.
    const log = read(join(DEMO_DIR, 'demo_log_dumps.txt'));
    const a = analyzeGoroutineDump(log);
    assert.deepEqual(a.dump.earlierDumps, [
      { lines: { start: 2, end: 346 }, goroutines: 40, crash: null },
      { lines: { start: 347, end: 763 }, goroutines: 52, crash: null },
    ]);
    assert.equal(a.total, 64);
    assert.equal(a.groups[0].count, 36, 'the leak as the last round left it: 3 × 12 senders');
    assert.equal(a.groups[0].state, 'chan send');
    // The same groups as the last dump's lines alone; each earlier range alone holds its dump.
    assert.deepEqual(groupsOf(a), groupsOf(analyzeGoroutineDump(lines(log, 764))));
    assert.equal(analyzeGoroutineDump(lines(log, 2, 346)).parsed, 40);
    assert.equal(analyzeGoroutineDump(lines(log, 347, 763)).parsed, 52);
    // What grew since the round before: the leak, by 12.
    const grew = a.growthSincePreviousDump?.filter(r => r.delta !== 0).map(r => [r.state, r.before, r.after, r.frames[0].func]);
    assert.deepEqual(grew, [['chan send', 24, 36, 'main.(*store).deleteCollection.func1']]);
    const note = a.dump.warnings.find(w => w.message.startsWith('the text holds'));
    assert.deepEqual(note, {
      line: 764,
      message: "the text holds 3 goroutine dumps (from line 2; goroutine ids repeat): only the last one, from line 764, is grouped; select another dump's lines to group it",
    });
  });

  it('a dump pasted twice counts once', () => {
    const dump = read(join(CORPUS_DIR, 'gpn_goroutine_debug2.txt'));
    const once = analyzeGoroutineDump(dump);
    const twice = analyzeGoroutineDump(dump + dump);
    assert.equal(twice.parsed, once.parsed);
    assert.deepEqual(groupsOf(twice), groupsOf(once));
    assert.equal(twice.dump.earlierDumps.length, 1);
    assert.equal(twice.dump.earlierDumps[0].goroutines, once.parsed);
    assert.equal(once.growthSincePreviousDump, null);
    assert.deepEqual(twice.growthSincePreviousDump?.filter(r => r.delta !== 0), []);
  });

  it('starts the next crash dump at its crash header, with its own crash message', () => {
    const first = read(join(DEMO_DIR, 'demo_sigquit.txt'));
    const second = read(join(DEMO_DIR, 'demo_crash_running.txt'));
    const firstLines = first.split('\n').length - 1;
    const a = analyzeGoroutineDump(first + second);
    assert.deepEqual(a.dump.earlierDumps, [{ lines: { start: 1, end: firstLines }, goroutines: analyzeGoroutineDump(first).parsed, crash: { message: 'SIGQUIT: quit', line: 1 } }]);
    assert.deepEqual(a.dump.crash, { message: 'SIGQUIT: quit', line: firstLines + 1 });
    assert.deepEqual(groupsOf(a), groupsOf(analyzeGoroutineDump(second)));
  });

  it('moves the goroutines the next dump printed before its first repeated id', () => {
    // debug=2 dump, then a crash excerpt whose first goroutine (0, the thread's) repeats nothing.
    const first = read(join(DEMO_DIR, 'demo_debug2.txt'));
    const second = read(join(CORPUS_DIR, 'real_aprilsh_crash_dump_go121.txt'));
    assert.match(second, /^goroutine 0 \[idle\]:\n/);
    const a = analyzeGoroutineDump(first + second);
    const firstLines = first.split('\n').length - 1;
    assert.equal(a.dump.earlierDumps[0].lines.end, firstLines);
    assert.equal(a.parsed, analyzeGoroutineDump(second).parsed);
    assert.deepEqual(groupsOf(a), groupsOf(analyzeGoroutineDump(second)));
  });

  it('GOTRACEBACK=crash: a goroutine running on another thread is one goroutine, with its stack', () => {
    // scripts/go/goroutinegen -spin 2 -quit with asynchronous preemption off: goroutine 6 spins on
    // its own thread, so the dump says "stack unavailable" and that thread's section prints it.
    const text = read(join(DEMO_DIR, 'demo_crash_running.txt'));
    assert.equal(text.match(/^goroutine 6 \[running\]:$/gm)?.length, 2);
    const a = analyzeGoroutineDump(text);
    assert.deepEqual(a.dump.earlierDumps, []);
    const sixes = [...a.dump.goroutines].filter(g => g.id === 6);
    assert.equal(sixes.length, 1);
    assert.equal(sixes[0].stackUnavailable, false);
    assert.equal(sixes[0].frames[0].func, 'main.spinner');
    assert.equal(sixes[0].lines.start, 808);
    const ids = [...a.dump.goroutines].map(g => g.id).filter(id => id !== 0);
    assert.equal(new Set(ids).size, ids.length);
    // "-----" before each thread's section is the runtime's, not a skipped line.
    assert.deepEqual(a.dump.warnings.map(w => w.line), [966]);
  });

  it('keeps apart ids beyond 2^32 that share their low 32 bits', () => {
    const header = (id: number) => `goroutine ${id} [chan send, 429 minutes]:\nmain.f()\n\t/src/main.go:3 +0x1\n\n`;
    const a = analyzeGoroutineDump(header(18970952966) + header(18970952966 + 2 ** 32) + header(18970952966 % 2 ** 32));
    assert.equal(a.parsed, 3);
    assert.deepEqual(a.dump.earlierDumps, []);
  });
});

describe('goroutines: several dumps, any sequence', () => {
  // Real dumps that each start as Go starts one (crash header, the running goroutine writing it, or
  // a thread's goroutine 0) and share goroutine 1, so each one after the first repeats an id.
  const dumps = [
    join(DEMO_DIR, 'demo_debug2.txt'), join(DEMO_DIR, 'demo_sigquit.txt'), join(DEMO_DIR, 'demo_crash_running.txt'),
    join(CORPUS_DIR, 'gpn_goroutine_debug2.txt'), join(CORPUS_DIR, 'gpn_runtime_stack_all.txt'),
    join(CORPUS_DIR, 'panicparse_static_panicweb_debug2.txt'), join(CORPUS_DIR, 'real_aprilsh_crash_dump_go121.txt'),
    join(CORPUS_DIR, 'gsp_waitsince.txt'), join(CORPUS_DIR, 'real_kvstore_windows_goroutine_debug2.txt'),
  ].map(read);
  const alone = dumps.map(d => analyzeGoroutineDump(d));

  it('groups the last dump as if it were alone, and counts each earlier one', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: dumps.length - 1 }), { minLength: 2, maxLength: 4 }), picks => {
      const a = analyzeGoroutineDump(picks.map(i => dumps[i]).join(''));
      const last = alone[picks[picks.length - 1]];
      assert.deepEqual(groupsOf(a), groupsOf(last));
      assert.deepEqual(a.dump.crash?.message ?? null, last.dump.crash?.message ?? null);
      assert.deepEqual(a.dump.earlierDumps.map(d => d.goroutines), picks.slice(0, -1).map(i => alone[i].parsed));
      // Growth since the dump before the last, as comparing the two dumps analysed alone.
      const rows = (growth: readonly { key: string; before: number; after: number }[]) => growth.map(r => `${r.before} ${r.after} ${r.key}`).sort();
      assert.deepEqual(rows(a.growthSincePreviousDump ?? []), rows(compareGroups(alone[picks[picks.length - 2]].groups, last.groups)));
    }), { numRuns: 150 });
  });
});

describe('goroutines: RowsById', () => {
  it('finds the row that holds an id, ids past 2^32 too, and forgets them on clear', () => {
    const table = new GoroutineTable();
    const header = { state: 'select', waitMinutes: null, lockedToThread: false, leaked: false, synctest: false };
    const ids = Array.from({ length: 5000 }, (_, i) => (i % 2 === 0 ? i + 1 : 18970952966 + i * 4294967296));
    for (const id of [...ids, ...ids]) table.add(id, header, [], null, null, null, 1, 1, null);
    const rows = new RowsById(table, table.length);
    ids.forEach((_, row) => assert.equal(rows.add(row), -1, `new ${ids[row]}`));
    ids.forEach((_, row) => assert.equal(rows.add(row + ids.length), row, `repeated ${ids[row]}`));
    rows.replace(3, 3 + ids.length);
    assert.equal(rows.add(3), 3 + ids.length, 'the replacing row holds the id now');
    rows.clear();
    assert.equal(rows.add(ids.length), -1);
  });
});
