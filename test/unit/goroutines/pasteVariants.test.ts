// What people paste: the same dumps with CRLF, tabs turned into spaces, indentation, a log prefix on
// every line, markdown fences and chatter around them must give the same groups.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, PPROF_DEBUG2_LIMIT, type GoroutineGroup } from '../../../src/core/goroutines';

const SOURCES = [
  'test/fixtures/goroutines/demo_debug2.txt',
  'test/fixtures/goroutines/demo_debug1.txt',
  'test/fixtures/goroutines/demo_sigquit.txt',
  'test/fixtures/goroutines/race_then_panic.txt',
  // Crash headers come before any goroutine header, so before the prefix is known from one.
  'test/fixtures/goroutines/demo_panic.txt',
  'test/fixtures/goroutines/demo_fault.txt',
  'test/fixtures/goroutines/demo_deadlock.txt',
  'test/fixtures/goroutines/demo_test_timeout.txt',
  'test/fixtures/goroutines/demo_crash_running.txt',
  'test/fixtures/goroutines/demo_log_dumps.txt',
  'test/fixtures/goroutines/stack_overflow.txt',
  'test/fixtures/goroutines/race_pre_go16.txt',
  'test/fixtures/corpus/panicparse_static_panicweb_debug2.txt',
  'test/fixtures/corpus/real_kvstore_windows_goroutine_debug2.txt',
  'test/fixtures/corpus/real_natsserver_goroutine_debug1_7046.txt',
];

const mapLines = (text: string, f: (line: string, i: number) => string) => text.split('\n').map(f).join('\n');

const VARIANTS: Record<string, (text: string) => string> = {
  crlf: t => t.replace(/\n/g, '\r\n'),
  'tabs as 8 spaces': t => t.replace(/\t/g, '        '),
  'tabs as 4 spaces': t => t.replace(/\t/g, '    '),
  'indented by 4': t => mapLines(t, l => (l ? '    ' + l : l)),
  'CRI prefix': t => mapLines(t, (l, i) => `2025-01-21T06:05:${String(10 + (i % 50)).padStart(2, '0')}.${259586 + i}Z stdout F ${l}`),
  'kubectl --prefix': t => mapLines(t, l => `[pod/api-7d9f8b6c4-x2x7q/server] ${l}`),
  'timestamped log': t => mapLines(t, (l, i) => `2026/08/04 20:06:${String(i % 60).padStart(2, '0')} ${l}`),
  'kubectl --prefix --timestamps': t => mapLines(t, (l, i) => `[pod/api-0/server] 2025-01-21T06:05:${String(10 + (i % 50)).padStart(2, '0')}.${100000 + i}Z ${l}`),
  'space-separated timestamp': t => mapLines(t, (l, i) => `2025-01-21 06:05:27.${String(i % 1000).padStart(3, '0')} ${l}`),
  'timestamp with offset and tab': t => mapLines(t, (l, i) => `2025-01-21T06:05:27.${String(i % 1000).padStart(3, '0')}+0800\t${l}`),
  syslog: t => mapLines(t, (l, i) => `Jan 21 06:05:${String(i % 60).padStart(2, '0')} node-3 api[1234]: ${l}`),
  'nested quote': t => mapLines(t, l => `>> ${l}`),
  'docker compose logs': t => mapLines(t, l => `api-1  | ${l}`),
  'journalctl -o short-iso': t => mapLines(t, (l, i) => `2025-01-21T06:05:${String(i % 60).padStart(2, '0')}+0000 node-3 api[1234]: ${l}`),
  // `grep -n -C` over a whole dump: matching lines carry "N:", context lines "N-".
  'grep -n': t => mapLines(t, (l, i) => `${i + 1}${/^(goroutine|panic|fatal)/.test(l) ? ':' : '-'}${l}`),
  'grep -n over two files': t => mapLines(t, (l, i) => `dumps/api-0.txt${/^goroutine/.test(l) ? ':' : '-'}${i + 1}${/^goroutine/.test(l) ? ':' : '-'}${l}`),
  // A note that names a goroutine of the dump, in the words of its header.
  'note quoting a header': t => `${t}\nI think the culprit is goroutine ${/^goroutine (\d+) \[/m.exec(t)?.[1] ?? 1} [chan send]:\nsee above.\n`,
  // Web forms and mail clients that double every line break.
  'double-spaced': t => t.replace(/\n/g, '\n\n'),
  'double-spaced CRLF': t => t.replace(/\n/g, '\r\n\r\n'),
  'double-spaced behind a log prefix': t => mapLines(t, (l, i) => `2026/08/04 20:06:${String(i % 60).padStart(2, '0')} ${l}`).replace(/\n/g, '\n\n'),
  'fenced with notes': t => `Here is the dump from prod:\n\n\`\`\`\n${t}\n\`\`\`\n\nAny idea what is stuck?\n`,
};

function comparable(groups: readonly GoroutineGroup[]) {
  return groups.map(g => ({
    count: g.count, state: g.state, minutes: g.waitMinutes, locked: g.lockedToThread, labels: g.labels,
    frames: g.frames.map(f => `${f.func} ${f.file}:${f.line}`), createdBy: g.createdBy?.func ?? null,
    ids: g.goroutineIds, suspect: g.suspect, idle: g.isIdleRuntime,
  }));
}

describe('goroutines: pasted copies give the same groups', () => {
  for (const source of SOURCES) {
    const original = readFileSync(source, 'utf8');
    const expected = analyzeGoroutineDump(original);
    for (const [name, transform] of Object.entries(VARIANTS)) {
      it(`${source.split('/').pop()} — ${name}`, () => {
        const actual = analyzeGoroutineDump(new TextEncoder().encode(transform(original)));
        assert.deepEqual(comparable(actual.groups), comparable(expected.groups));
        assert.equal(actual.total, expected.total);
        assert.equal(actual.dump.truncated, false);
        assert.equal(actual.dump.crash?.message, expected.dump.crash?.message);
        assert.equal(actual.dump.earlierDumps.length, expected.dump.earlierDumps.length);
      });
    }
  }

  it('reports the chatter around a fenced dump as warnings with line numbers', () => {
    const text = VARIANTS['fenced with notes'](readFileSync(SOURCES[0], 'utf8'));
    const a = analyzeGoroutineDump(text);
    const lastLine = text.split('\n').length - 1;
    assert.deepEqual(a.dump.warnings.map(w => w.line), [1, lastLine]);
    assert.match(a.dump.warnings[0].message, /^line 1: skipped 1 line that is not part of a goroutine dump, starting "Here is the dump/);
  });

  it('reports a dump cut at the end (64 MiB cap) and keeps the cut goroutine with its frames, marked cut', () => {
    const text = readFileSync(SOURCES[0], 'utf8');
    const cutAt = text.indexOf('(0x7)') + 3; // inside the arguments of the 8th chan send goroutine
    const a = analyzeGoroutineDump(text.slice(0, cutAt));
    assert.equal(a.dump.truncated, true);
    const full = analyzeGoroutineDump(text);
    const fullGoroutines = [...full.dump.goroutines];
    const eighthSender = fullGoroutines.filter(x => x.frames[0]?.func.endsWith('func1'))[7];
    const index = fullGoroutines.findIndex(g => g.id === eighthSender.id);
    assert.equal(a.parsed, index + 1);
    const cut = a.dump.goroutines.get(index);
    assert.equal(cut.id, eighthSender.id);
    assert.equal(cut.cut, true);
    // The frames before the cut line, then the cut call's function (its name is whole) without the location the cut took.
    const before = cut.frames.slice(0, -1);
    assert.deepEqual(before, eighthSender.frames.slice(0, before.length));
    const last = cut.frames[cut.frames.length - 1];
    assert.equal(last.func, eighthSender.frames[before.length].func);
    assert.deepEqual([last.file, last.line], ['', 0]);
    assert.ok(cut.frames.length <= eighthSender.frames.length);
    assert.equal([...a.dump.goroutines].filter(g => g.cut).length, 1);
    const warning = a.dump.warnings[a.dump.warnings.length - 1];
    assert.match(warning.message, /^the dump is truncated at line \d+: goroutine \d+ \(from line \d+\) is cut off \(kept with the \d+ frames? before the cut\), and goroutines created late are missing$/);
    const group = a.groups.find(g => g.cut);
    assert.equal(group?.count, 1);
    assert.deepEqual(group?.goroutineIds, [eighthSender.id]);
  });

  it('reports a dump cut in "created by", in an offset or right after a call line, and keeps that goroutine, cut', () => {
    const text = readFileSync(SOURCES[0], 'utf8');
    const start = text.indexOf('goroutine 13 [chan send]:');
    const full = analyzeGoroutineDump(text);
    const index = [...full.dump.goroutines].findIndex(g => g.id === 13);
    const call = text.indexOf('func1(0x7)\n', start) + 'func1(0x7)\n'.length;
    const offset = text.indexOf(' +0x52', start) + 2;
    const createdBy = text.indexOf('created by', start) + 'created b'.length;
    for (const [what, cutAt] of [['after a call line and a tab', call + 1], ['in an offset', offset], ['in an offset', offset + 1],
      ['in "created by"', createdBy]] as const) {
      const a = analyzeGoroutineDump(text.slice(0, cutAt));
      assert.equal(a.dump.truncated, true, what);
      assert.equal(a.parsed, index + 1, what);
      const cut = a.dump.goroutines.get(index);
      assert.equal(cut.id, 13, what);
      assert.equal(cut.cut, true, what);
      assert.ok(a.dump.goroutines.get(index - 1).cut === false, what);
      assert.deepEqual(a.dump.warnings.map(w => w.message), [
        `the dump is truncated at line ${text.slice(0, cutAt).split('\n').length}: goroutine 13 (from line ${text.slice(0, start).split('\n').length}) ` +
        `is cut off (kept with the ${cut.frames.length} ${cut.frames.length === 1 ? 'frame' : 'frames'} before the cut), and goroutines created late are missing`], what);
    }
  });

  it('calls a dump of exactly 64 MiB truncated whatever its last line looks like (runtime/pprof\'s cap)', () => {
    const block = (id: number) => `goroutine ${id} [chan send, 5 minutes]:\nmain.worker(0x${id.toString(16)})\n\t/src/main.go:42 +0x52\n` +
      'created by main.start in goroutine 1\n\t/src/main.go:40 +0x34\n\n';
    const bytes = new Uint8Array(PPROF_DEBUG2_LIMIT);
    const encoder = new TextEncoder();
    let at = 0;
    let id = 2;
    for (; ; id++) {
      const next = encoder.encode(block(id));
      if (at + next.length > bytes.length) { bytes.set(next.subarray(0, bytes.length - at), at); break; }
      bytes.set(next, at);
      at += next.length;
    }
    const a = analyzeGoroutineDump(bytes);
    assert.equal(a.dump.truncated, true);
    const last = a.dump.goroutines.get(a.parsed - 1);
    // The goroutine the cap cut is kept, marked; one cut right after a whole goroutine leaves none marked.
    assert.equal(a.parsed, last.cut ? id - 1 : id - 2);
    assert.equal(last.id, last.cut ? id : id - 1);
    assert.equal(a.dump.warnings.length, 1);
    assert.match(a.dump.warnings[0].message, new RegExp(`^the dump is truncated at line \\d+ \\(runtime/pprof stops debug=2 output at 64 MiB\\): ` +
      `(goroutine ${id} \\(from line \\d+\\) is cut off (\\(kept with the \\d+ frames? before the cut\\)|before its first frame), and )?goroutines created late are missing$`));
  });

  it('does not call a dump truncated because its last line lacks a newline', () => {
    const text = readFileSync(SOURCES[0], 'utf8').trimEnd();
    assert.equal(analyzeGoroutineDump(text).dump.truncated, false);
  });

  it('does not call text without a dump truncated, and counts every skipped line', () => {
    // Not a dump at all, ending in what looks like a call cut short.
    const a = analyzeGoroutineDump('build log\nstep 2 of 3\nmain.run(0xc000');
    assert.equal(a.dump.truncated, false);
    assert.deepEqual(a.dump.warnings.map(w => w.message), [
      'lines 1–3: skipped 3 lines that are not part of a goroutine dump, starting "build log"',
    ]);
  });

  it('quotes a skipped line with its control characters made visible', () => {
    const a = analyzeGoroutineDump('\u001b[2J\u001b]0;title\u0007x\u202eevil\u0000\n');
    assert.deepEqual(a.dump.warnings.map(w => w.message), [
      'line 1: skipped 1 line that is not part of a goroutine dump, starting "\ufffd[2J\ufffd]0;title\ufffdx\ufffdevil\ufffd"',
    ]);
  });

  it('leaves the cut line out of the skipped range when a dump is cut after other text', () => {
    const dump = readFileSync(SOURCES[0], 'utf8');
    const firstGoroutine = dump.slice(0, dump.indexOf('\n\n') + 2);
    const text = `${firstGoroutine}note one\nnote two\nmain.worker(0xc000`;
    const a = analyzeGoroutineDump(text);
    assert.equal(a.dump.truncated, true);
    const lines = firstGoroutine.split('\n').length - 1;
    const skipped = a.dump.warnings.find(w => w.message.includes('skipped'));
    assert.equal(skipped?.message, `lines ${lines + 1}–${lines + 2}: skipped 2 lines that are not part of a goroutine dump, starting "note one"`);
  });
});
