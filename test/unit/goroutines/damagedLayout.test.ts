// Dumps whose layout was damaged on the way into a paste: copied out of a terminal UI's box (a
// border and padding at both ends of every line), wrapped by a narrow terminal inside a frame's
// path or offset, in a staircase, quoted in a reply. The Go-generated dump of demo_panic.txt is
// damaged by scripts/damageLayout.py (test/fixtures/goroutines/layout); each damaged copy must read
// as the dump itself does. Real pastes of the same shapes are in test/fixtures/goroutines/pasted.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, type GoroutineAnalysis } from '../../../src/core/goroutines';

const read = (path: string) => readFileSync(`test/fixtures/goroutines/${path}`, 'utf8');

/** What a reading says of each goroutine (id, state, frames' function and file:line), the crash and its culprit. */
function reading(a: GoroutineAnalysis) {
  const dump = a.dump;
  const culprit = dump.crashedGoroutine >= 0 ? dump.goroutines.get(dump.crashedGoroutine) : null;
  return {
    goroutines: [...dump.goroutines].map(g => ({ id: g.id, state: g.state, frames: g.frames.map(f => `${f.func} ${f.file}:${f.line}`) })),
    crash: dump.crash?.message ?? null,
    culprit: culprit === null ? null : `${culprit.id} ${culprit.frames[0]?.func}`,
    truncated: dump.truncated,
    groups: a.groups.length,
  };
}

const original = read('demo_panic.txt');
const plain = reading(analyzeGoroutineDump(original));

describe('damaged layout', () => {
  it('the undamaged dump reads as expected', () => {
    assert.equal(plain.goroutines.length, 40);
    assert.equal(plain.crash, 'panic: dispatcher: 12 items left and no worker to take them');
    assert.equal(plain.culprit, '1 main.dispatch');
    assert.deepEqual(plain.goroutines[0].frames, ['main.dispatch /work/main/scripts/go/goroutinegen/main.go:223', 'main.main /work/main/scripts/go/goroutinegen/main.go:265']);
  });

  for (const name of ['box_rounded.txt', 'box_double.txt', 'box_ascii.txt', 'pane_left_border.txt']) {
    it(`a dump copied out of a box (${name}) reads as the dump itself`, () => {
      const a = analyzeGoroutineDump(read(`layout/${name}`));
      assert.deepEqual(reading(a), plain);
      // The box's top edge comes before any border is learnt; its bottom edge ends the text quietly.
      const skipped = a.dump.warnings.filter(w => w.message.includes('skipped')).map(w => w.message);
      assert.ok(skipped.every(m => m.includes('exit status 2') || /line 1: .*"[╭╔+]/.test(m)), skipped.join('\n'));
    });
  }

  it('a box\'s right border is cut only when the same border opens the line', () => {
    const text = 'app: goroutine 1 [running]: │\napp: main.main()\napp: \t/a/main.go:5 +0x1\n';
    assert.equal(analyzeGoroutineDump(text).dump.goroutines.length, 0);
  });

  it('location lines wrapped by a 60-column terminal inside their path or offset are joined', () => {
    const a = analyzeGoroutineDump(read('layout/wrapped_locations_60.txt'));
    assert.deepEqual(reading(a), plain);
    assert.deepEqual(a.dump.warnings.map(w => w.message), ['line 367: skipped 1 line that is not part of a goroutine dump, starting "exit status 2"']);
  });

  it('a path line is not joined with a next line that is a stack line of its own', () => {
    const text = [
      'goroutine 1 [running]:', 'main.main()', '\t/home/user/go/src/app/', 'main.helper()', '\t/home/user/go/src/app/main.go:9 +0x1', '',
    ].join('\n');
    const g = analyzeGoroutineDump(text).dump.goroutines.get(0);
    assert.deepEqual(g.frames.map(f => `${f.func} ${f.file}:${f.line}`), ['main.main :0', 'main.helper /home/user/go/src/app/main.go:9']);
  });

  it('a staircase paste reads as the dump\'s first 60 lines', () => {
    const head = original.split('\n').slice(0, 60).join('\n') + '\n';
    assert.deepEqual(reading(analyzeGoroutineDump(read('layout/staircase.txt'))), reading(analyzeGoroutineDump(head)));
  });

  it('a dump quoted in a reply (`> `) or in a diff (`+`) reads as the dump itself', () => {
    const quoted = original.split('\n').map(l => (l === '' ? '>' : `> ${l}`)).join('\n');
    assert.deepEqual(reading(analyzeGoroutineDump(quoted)), plain);
    const added = original.split('\n').map(l => `+${l}`).join('\n');
    assert.deepEqual(reading(analyzeGoroutineDump(added)), plain);
  });

  it('a GOTRACEBACK=system dump wrapped by a mail client at 72 or 80 columns reads as the dump itself', () => {
    // A mail reply expands tabs, then breaks a long line at its last space before the width (or its
    // first after it), the space dropped: a location's `sp=0x… pc=0x…` or its whole suffix goes to
    // the next line, an indent alone stays on a line when the path is longer than the width, a
    // call's arguments are broken after a comma.
    const breakAt = (line: string, width: number) => {
      const at = line.lastIndexOf(' ', width);
      return at > 0 ? at : line.indexOf(' ', width);
    };
    const mailWrap = (text: string, width: number) => text.split('\n').flatMap(line => {
      const lines: string[] = [];
      line = line.replace(/\t/g, '        ');
      for (let at = breakAt(line, width); line.length > width && at > 0; at = breakAt(line, width)) {
        lines.push(line.slice(0, at));
        line = line.slice(at + 1);
      }
      return [...lines, line];
    }).join('\n');
    // Paths longer than the width, as in a distribution's build tree: each indent is left alone on its line.
    const deepPaths = read('demo_panic_system.txt').replace(/\/usr\/lib\/go-1\.19\//g, '/builddir/build/BUILD/golang-1.19.13-1.fc37.x86_64/_build/usr/lib/go-1.19/');
    for (const [name, dump] of ['demo_panic_system.txt', 'demo_fault.txt', 'demo_sigquit.txt', 'demo_crash_running.txt', 'stack_overflow.txt'].map(n => [n, read(n)]).concat([['deep paths', deepPaths]])) {
      for (const width of [72, 80]) {
        const wrapped = mailWrap(dump, width);
        assert.notEqual(wrapped, dump);
        if (name === 'deep paths') assert.match(wrapped, /\n {7}\n\/builddir\//);
        assert.deepEqual(reading(analyzeGoroutineDump(wrapped)), reading(analyzeGoroutineDump(dump)), `${name} at ${width}`);
      }
    }
  });

  it('a dump a console cut at 80 columns, its long calls cut twice (in the name, then in the arguments), reads as the lines joined again', () => {
    // Go-made (scripts/go/consolewrap): every line cut at exactly 80 columns wherever the cut falls, as a
    // Windows console copies it; a line of 80 is one the console went on with, so joining them undoes it.
    const wrapped = read('go119_console_wrap_80_twice_wrapped_calls.txt');
    const unwrapped = wrapped.split('\n').reduce((lines: string[], line, i, all) => {
      if (i > 0 && all[i - 1].length === 80) lines[lines.length - 1] += line; else lines.push(line);
      return lines;
    }, []).join('\n');
    assert.notEqual(unwrapped, wrapped);
    const a = analyzeGoroutineDump(wrapped);
    assert.deepEqual(reading(a), reading(analyzeGoroutineDump(unwrapped)));
    const crashed = a.dump.goroutines.get(a.dump.crashedGoroutine);
    assert.deepEqual(crashed.frames.map(f => `${f.func.replace(/^.*\//, '')} ${f.line}`), ['jsonctl.(*MsgCtl).readMsg 14', 'jsonctl.(*MsgCtl).ReadMsgInto 22']);
    assert.equal(a.groups[0].suspect, '1 goroutine crashed (panic: assignment to entry in nil map) in jsonctl.(*MsgCtl).readMsg (ctl.go:14), created by jsonctl.(*MsgCtl).StartReader');
    assert.deepEqual(a.dump.warnings, []);
    // The byte path reads it alike.
    assert.deepEqual(reading(analyzeGoroutineDump(new TextEncoder().encode(wrapped))), reading(a));
  });

  describe('real pastes', () => {
    it('lazygit #2118: paths wrapped without their tab, one joined into the cut goroutine\'s frame', () => {
      const a = analyzeGoroutineDump(read('pasted/lazygit_2118_wrapped_paths_no_tabs.txt'));
      const r = reading(a);
      assert.deepEqual(r.goroutines.map(g => g.id), [14527, 16798]);
      // Its call line and its `created by` wrapped inside the function's name: the pieces are joined.
      assert.deepEqual(r.goroutines[0].frames, ['github.com/gdamore/tcell/v2.(*devTty).Start.func1 /Users/dean/Projects/lazygit/vendor/github.com/gdamore/tcell/v2/tty_unix.go:92']);
      const creator = [...a.dump.goroutines][0].createdBy!;
      assert.equal(`${creator.func} ${creator.file}:${creator.line}`, 'github.com/gdamore/tcell/v2.(*devTty).Start /Users/dean/Projects/lazygit/vendor/github.com/gdamore/tcell/v2/tty_unix.go:89');
      assert.deepEqual(r.goroutines[1].frames[0], 'github.com/jesseduffield/lazygit/pkg/tasks.(*ViewBufferManager).NewTask.func1.1 /Users/dean/Projects/lazygit/pkg/tasks/tasks.go:275');
      assert.equal(r.truncated, true);
      assert.ok(!a.dump.warnings.some(w => w.message.includes('"/Users/dean/P"')));
      assert.ok(!a.dump.warnings.some(w => w.message.includes('tcell')));
    });

    it('tuios #19: a debug.Stack quoted in a reply with `> `', () => {
      const r = reading(analyzeGoroutineDump(read('pasted/tuios_19_quoted_reply_debug_stack.txt')));
      assert.deepEqual(r.goroutines.map(g => g.id), [1]);
      assert.deepEqual(r.goroutines[0].frames.slice(0, 2), [
        'runtime/debug.Stack runtime/debug/stack.go:26',
        'github.com/charmbracelet/bubbletea/v2.(*Program).recoverFromPanic github.com/charmbracelet/bubbletea/v2@v2.0.0-beta.5/tea.go:1131',
      ]);
      assert.equal(r.culprit, '1 runtime/debug.Stack');
      assert.equal(r.truncated, true);
    });
  });
});
