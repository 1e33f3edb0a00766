// The goroutine view model the host sends over the protocol, built from the core analysis.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import { buildGoroutineViewModel } from '../../../src/core/report/goroutines';

const corpus = (name: string) => fs.readFileSync(path.join(__dirname, '../../fixtures/corpus', name));

function leakDump(n: number): string {
  const parts = ['goroutine 1 [sleep, 3 minutes]:\ntime.Sleep(0x1)\n\t/usr/lib/go/src/runtime/time.go:195 +0x125\nexample.com/leaky.Main()\n\t/src/leaky/main.go:10 +0x8c\n'];
  for (let i = 0; i < n; i++) {
    parts.push(`goroutine ${100 + i} [chan send, ${10 + i} minutes]:\nruntime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)\n\t/usr/lib/go/src/runtime/proc.go:398 +0xce\n` +
      'runtime.chansend1(0xc00007e060?, 0x0?)\n\t/usr/lib/go/src/runtime/chan.go:145 +0x17\n' +
      'example.com/leaky.(*Dispatcher).send(0x0?)\n\t/src/leaky/worker.go:7 +0x2c\ncreated by example.com/leaky.Start in goroutine 1\n\t/src/leaky/worker.go:13 +0x45\n');
  }
  return parts.join('\n');
}

describe('goroutine view model', () => {
  it('ranks the DeleteCollection leak first with a sentence, an 8-bucket histogram and its lines', () => {
    const m = buildGoroutineViewModel(analyzeGoroutineDump(corpus('real_kubeapiserver_deletecollection_grep_excerpt.txt')), { similarity: 'default', lineOffset: 0, elapsedMs: 1 });
    assert.equal(m.summary.total, 14);
    assert.equal(m.summary.leakSuspects, 1);
    assert.equal(m.summary.skippedLines, 1);
    const g = m.groups[0];
    assert.match(g.suspect ?? '', /^14 goroutines blocked on chan send for 4 h 21 min – 7 h 9 min in /);
    assert.deepEqual(g.wait, { min: 261, median: 323.5, max: 429 });
    assert.equal(g.histogram.length, 8);
    assert.equal(g.histogram.reduce((s, b) => s + b.count, 0), 14);
    assert.equal(m.frames[g.topUserFrame].short, 'registry.(*Store).DeleteCollection.func1');
    assert.deepEqual(g.firstLines, { start: 1, end: 2 });
  });

  it('shows the stacks outside the groups with their frames in the one table, and what they say when no group does', () => {
    const pasted = (name: string) => fs.readFileSync(path.join(__dirname, '../../fixtures/goroutines/pasted', name));
    const headless = buildGoroutineViewModel(analyzeGoroutineDump(pasted('containerd_9217_headless_stack_before_goroutine.txt')),
      { similarity: 'default', lineOffset: 10, elapsedMs: 1 });
    assert.deepEqual([headless.summary.total, headless.groups.length, headless.summary.cutAtStart, headless.summary.stackSuspect], [1, 1, true, null]);
    assert.equal(headless.summary.truncatedInRegisterDump, false);
    const registers = buildGoroutineViewModel(analyzeGoroutineDump(pasted('golang_64650_indented_crash_registers_gp_header.txt')), { similarity: 'default', lineOffset: 0, elapsedMs: 1 });
    assert.deepEqual([registers.summary.truncated, registers.summary.truncatedInRegisterDump, registers.groups.some(g => g.cut)], [true, true, false]);
    const [stack] = headless.stacks;
    assert.deepEqual([stack.kind, stack.lines, stack.frames.map(f => headless.frames[f].line), headless.frames[stack.createdBy].short],
      ['headless', { start: 17, end: 26 }, [138, 81, 54, 170], 'reaper.(*Monitor).notify']);
    // The same frame in the stack and in the group is one entry of the table.
    assert.ok(headless.groups[0].frames.includes(stack.frames[0]));
    assert.equal(stack.framesElided, false);
    const crash = buildGoroutineViewModel(analyzeGoroutineDump(pasted('nanotube_34_runtime_stack_only_stack_overflow.txt')),
      { similarity: 'default', lineOffset: 0, elapsedMs: 1 });
    assert.deepEqual(crash.stacks.map(s => [s.kind, s.createdBy, s.frames.map(f => crash.frames[f].short)]),
      [['runtime', -1, ['runtime.throw', 'target.(*OptionalTicker).Stop']]]);
    assert.equal(crash.stacks[0].framesElided, false);
    const suspect = crash.summary.stackSuspect!;
    assert.deepEqual([suspect.crashed, crash.frames[suspect.frame].file], [true, 'nanotube/pkg/target/host.go']);
    assert.match(suspect.sentence, /^the process crashed \(stack overflow: .*\) in target\.\(\*OptionalTicker\)\.Stop \(host\.go:107\)/);
  });

  it('says how many of a Delve group\'s goroutines are counted only, in the group and the summary, and which headerless stack Delve shortened', () => {
    const delve = (name: string) => fs.readFileSync(path.join(__dirname, '../../fixtures/goroutines/delve', name));
    const grouped = buildGoroutineViewModel(analyzeGoroutineDump(delve('goroutines_group_user.txt')), { similarity: 'default', lineOffset: 0, elapsedMs: 1 });
    assert.deepEqual([grouped.summary.total, grouped.summary.parsed, grouped.summary.unlisted], [123, 8, 115]);
    const worker = grouped.groups.find(g => g.state === 'chan send')!;
    assert.deepEqual([worker.count, worker.unlisted, worker.ids], [120, 115, [7, 8, 9, 10, 11]]);
    // Groups whose every goroutine is listed say nothing of it (the view shows no split for them).
    for (const g of grouped.groups) if (g !== worker) assert.equal('unlisted' in g, false, g.state);
    const truncated = buildGoroutineViewModel(analyzeGoroutineDump(delve('stack_truncated.txt')), { similarity: 'default', lineOffset: 0, elapsedMs: 1 });
    assert.deepEqual(truncated.stacks.map(s => [s.kind, s.framesElided, s.frames.length]), [['headless', true, 5]]);
    assert.equal(truncated.summary.unlisted, 0);
    // Delve's full `stack` and a headerless paste of Go's own are not shortened.
    const full = buildGoroutineViewModel(analyzeGoroutineDump(delve('stack.txt')), { similarity: 'default', lineOffset: 0, elapsedMs: 1 });
    assert.deepEqual(full.stacks.map(s => [s.kind, s.framesElided]), [['headless', false]]);
  });

  it('says where whoever pasted the dump left goroutines out (a mark between goroutines), offset for a selection; frames left out of one stack are not such a gap', () => {
    const pasted = (name: string) => fs.readFileSync(path.join(__dirname, '../../fixtures/goroutines/pasted', name));
    // `[ ... elided ... ]` on line 30, between goroutine 0 and goroutine 39308.
    const between = buildGoroutineViewModel(analyzeGoroutineDump(pasted('golang_74045_go124_sigquit_gp_m_headers_elided_gap_between_goroutines_cut.txt')),
      { similarity: 'default', lineOffset: 100, elapsedMs: 1 });
    assert.deepEqual(between.summary.pasterGaps, [130]);
    assert.ok(between.summary.warnings.some(w => w.line === 130 && /left out by whoever pasted the dump: goroutines there are not counted/.test(w.message)));
    // go-deadlock's report with the paster's `...` under the holder's stack: frames of that stack left out, its goroutine counted.
    const inStack = buildGoroutineViewModel(analyzeGoroutineDump(pasted('godeadlock_15_potential_deadlock_report_one_space_locations.txt')),
      { similarity: 'default', lineOffset: 0, elapsedMs: 1 });
    assert.deepEqual(inStack.summary.pasterGaps, []);
    assert.ok(inStack.groups.some(g => g.framesElided));
    const whole = buildGoroutineViewModel(analyzeGoroutineDump(new TextEncoder().encode(leakDump(3))), { similarity: 'default', lineOffset: 0, elapsedMs: 1 });
    assert.deepEqual(whole.summary.pasterGaps, []);
  });

  it('says which groups are accesses of a data race, so views need not read states', () => {
    const text = fs.readFileSync(path.join(__dirname, '../../fixtures/goroutines/race_then_panic.txt'));
    const m = buildGoroutineViewModel(analyzeGoroutineDump(text), { similarity: 'default', lineOffset: 0, elapsedMs: 1 });
    const races = m.groups.filter(g => g.race);
    assert.ok(races.length >= 2);
    for (const g of m.groups) assert.equal(g.race, g.state.startsWith('data race ('), g.state);
    assert.deepEqual(races.map(g => g.suspect !== null), races.map(() => true));
  });

  it('shares frames in one table, offsets lines of a selection, and lists who waits on what', () => {
    const m = buildGoroutineViewModel(analyzeGoroutineDump(leakDump(20)), { similarity: 'default', lineOffset: 100, elapsedMs: 1 });
    const keys = m.frames.map(f => `${f.func} ${f.file}:${f.line}`);
    assert.equal(new Set(keys).size, keys.length);
    const leak = m.groups[0];
    assert.equal(leak.count, 20);
    assert.equal(m.frames[leak.topUserFrame].file, '/src/leaky/worker.go');
    assert.equal(m.frames[leak.createdBy].short, 'leaky.Start');
    assert.ok(leak.firstLines && leak.firstLines.start > 100);
    assert.equal(m.waits.length, 1);
    assert.match(m.waits[0].description, /^20 senders, 0 receivers on chan 0xc00007e060/);
    assert.deepEqual(m.waits[0].groups, [0]);
  });

  it('compares with a base dump: count before per group, null for new groups', () => {
    const base = analyzeGoroutineDump(leakDump(4));
    const m = buildGoroutineViewModel(analyzeGoroutineDump(leakDump(30)), { similarity: 'default', lineOffset: 0, elapsedMs: 1, base: { analysis: base, title: 'before.txt' } });
    assert.equal(m.groups[0].baseCount, 4);
    assert.equal(m.compare?.baseTitle, 'before.txt');
    assert.equal(m.compare?.baseTotal, 5);
    const fresh = buildGoroutineViewModel(analyzeGoroutineDump(leakDump(3)), { similarity: 'default', lineOffset: 0, elapsedMs: 1, base: { analysis: analyzeGoroutineDump(corpus('gpn_goroutine_debug2.txt')), title: 'other' } });
    assert.equal(fresh.groups[0].baseCount, null);
    assert.ok((fresh.compare?.vanished.length ?? 0) > 0);
  });
  it("links a crashed group to the frame its sentence blames: a recovered panic's frame under `panic`, not the handler's", () => {
    const pasted = (name: string) => fs.readFileSync(path.join(__dirname, '../../fixtures/goroutines/pasted', name));
    const m = buildGoroutineViewModel(analyzeGoroutineDump(pasted('mattermost_31894_mmctl_debug_stack_markdown_ate_stars_cut.txt')),
      { similarity: 'default', lineOffset: 0, elapsedMs: 1 });
    const g = m.groups[0];
    assert.equal(g.crashed, true);
    assert.match(g.suspect ?? '', / in commands\.ldapJobShowCmdF \(ldap\.go:143\)$/);
    assert.equal(m.frames[g.topUserFrame].short, 'commands.ldapJobShowCmdF');
    // Every crashed group of the real pastes whose sentence names a frame links to a frame of that name.
    const dir = path.join(__dirname, '../../fixtures/goroutines/pasted');
    let checked = 0;
    for (const name of fs.readdirSync(dir).filter(n => n.endsWith('.txt'))) {
      const view = buildGoroutineViewModel(analyzeGoroutineDump(pasted(name)), { similarity: 'default', lineOffset: 0, elapsedMs: 1 });
      for (const group of view.groups) {
        const named = group.crashed && group.topUserFrame >= 0 ? / in (\S+) \([^()]*:\d+\)(?:,| on|$)/.exec(group.suspect ?? '') : null;
        if (!named) continue;
        const frame = view.frames[group.topUserFrame];
        // A sentence that blames a runtime or cgo frame keeps the innermost user frame as the link.
        if (!group.frames.some(i => view.frames[i].user && view.frames[i].short === named[1])) continue;
        checked++;
        assert.equal(frame.short, named[1], `${name}: ${group.suspect}`);
      }
    }
    assert.ok(checked > 100, `${checked} crashed groups checked`);
  });

  it('tells apart rows of the same state, top frame and creator by what differs further down their stacks', () => {
    // Go's own deadlock (scripts/go/goroutinegen): main.nested at depths 1 and 2, main.sendItem under two callers.
    const dump = fs.readFileSync(path.join(__dirname, '../../fixtures/goroutines/demo_deadlock.txt'));
    const m = buildGoroutineViewModel(analyzeGoroutineDump(dump), { similarity: 'default', lineOffset: 0, elapsedMs: 1 });
    const rows = m.groups.map(g => [m.frames[g.topUserFrame].short, g.apart ?? '']);
    const nested = rows.filter(([top]) => top === 'main.nested').map(([, apart]) => apart).sort();
    assert.deepEqual(nested, ['stack depth 1', 'stack depth 2 · via main.nested (main.go:104)']);
    const sendItem = rows.filter(([top]) => top === 'main.sendItem').map(([, apart]) => apart).sort();
    assert.deepEqual(sendItem, ['via main.fromAPI (main.go:236)', 'via main.fromController (main.go:237)']);
    assert.equal(rows.find(([top]) => top === 'main.deadlock')?.[1], '', 'a row no other reads like says nothing more');
  });

  it('on every pasted dump, rows that read alike (state, top frame, creator) differ in what they say, unless their frames are all equal', () => {
    const dir = path.join(__dirname, '../../fixtures/goroutines/pasted');
    let alike = 0;
    for (const name of fs.readdirSync(dir).filter(n => n.endsWith('.txt'))) {
      const m = buildGoroutineViewModel(analyzeGoroutineDump(fs.readFileSync(path.join(dir, name))), { similarity: 'default', lineOffset: 0, elapsedMs: 1 });
      const seen = new Map<string, number>();
      m.groups.forEach((g, i) => {
        if (!g.frames.length) return;
        const top = g.topUserFrame >= 0 ? g.topUserFrame : g.frames[0];
        const key = `${g.state}\u0000${top}\u0000${g.createdBy}\u0000${g.apart ?? ''}`;
        const other = seen.get(key);
        if (other !== undefined) {
          alike++;
          assert.deepEqual(m.groups[other].frames, g.frames, `${name}: groups ${other} and ${i} read alike with different stacks`);
        }
        seen.set(key, i);
      });
    }
    // Groups of equal frames are apart by what the view does not show (arguments, a cut, labels): few.
    assert.ok(alike < 50, `${alike} pairs read alike`);
  });
});
