// Dumps behind prefixes in the shapes the prefix learner once missed: frame lines that carry a
// prefix their goroutine's header lacks (`goroutine 92100 ` before each frame, or any fixed text,
// behind a log's prefix or not); a paste behind a log prefix that starts at a goroutine's `created by`;
// a lone crash line behind a log prefix; a crash's register dump cut midway.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, type GoroutineAnalysis } from '../../../src/core/goroutines';
import { readGoroutines } from '../../../src/core/input';

const fixture = (name: string) => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8');
const funcs = (a: GoroutineAnalysis, i: number) => [...a.dump.goroutines][i].frames.map(f => f.func);
const groups = (a: GoroutineAnalysis) => a.groups.map(g => `${g.count} ${g.state}`);

describe('goroutines: prefix shapes', () => {
  describe('frame lines behind a prefix their header lacks', () => {
    // Go 1.19 output of scripts/go/prefixshapes: runtime.Stack of six goroutines, headers bare.
    const GENERATED = ['frame_prefix_goroutine_id.txt', 'frame_prefix_fixed_journal.txt'];
    for (const name of GENERATED) {
      it(`${name}: every goroutine with its frames and creator, nothing skipped`, () => {
        const a = analyzeGoroutineDump(fixture(name));
        assert.equal(a.total, 6);
        assert.deepEqual(groups(a), ['3 chan receive', '1 semacquire', '1 select', '1 running']);
        assert.deepEqual([...a.dump.goroutines].map(g => g.id), [1, 18, 19, 20, 21, 22]);
        assert.deepEqual(funcs(a, 4), ['sync.runtime_SemacquireMutex', 'sync.(*Mutex).lockSlow', 'sync.(*Mutex).Lock', 'main.holdLock']);
        assert.equal([...a.dump.goroutines][4].createdBy?.func, 'main.main');
        assert.deepEqual(a.dump.warnings, []);
        assert.equal(a.dump.truncated, false);
        assert.equal(a.dump.headlessStacks.length, 0);
      });
    }

    it('an excerpt that starts inside a goroutine: its frames a stack without its header, every header after it read', () => {
      const lines = fixture('frame_prefix_goroutine_id.txt').split('\n');
      // Goroutine 18's header is line 5; its call/location pairs start at lines 6 and 8 (its `created by`).
      for (const [from, frames, creator] of [[6, 1, 'main.startWorkers'], [8, 0, 'main.startWorkers']] as const) {
        const a = analyzeGoroutineDump(lines.slice(from - 1).join('\n'));
        assert.deepEqual([...a.dump.goroutines].map(g => g.id), [19, 20, 21, 22], `from line ${from}`);
        assert.deepEqual(a.dump.headlessStacks.map(h => [h.frames.length, h.createdBy?.func]), [[frames, creator]], `from line ${from}`);
        assert.deepEqual([a.dump.cutAtStart, a.dump.warnings], [true, []], `from line ${from}`);
      }
    });

    it('double-spaced (a web form or a mail client doubled every line break), each reads the same', () => {
      const doubleSpaced = (text: string) => text.split('\n').map(line => `${line}\n`).join('\n');
      for (const name of [...GENERATED, ...PASTES.map(([paste]) => `pasted/${paste}`)]) {
        const single = analyzeGoroutineDump(fixture(name));
        const double = analyzeGoroutineDump(doubleSpaced(fixture(name)));
        // (A cut in the last line is not told in a double-spaced paste, prefixed or not.)
        assert.deepEqual([...double.dump.goroutines].map(g => [g.id, g.frames.map(f => f.func), g.createdBy?.func]),
          [...single.dump.goroutines].map(g => [g.id, g.frames.map(f => f.func), g.createdBy?.func]), name);
        if (GENERATED.includes(name)) assert.equal(double.dump.truncated, single.dump.truncated, name);
        assert.equal(double.dump.headlessStacks.length, 0, name);
      }
    });

    it('the same dump with its tabs turned to spaces reads the same', () => {
      const a = analyzeGoroutineDump(fixture('frame_prefix_goroutine_id.txt').replace(/\t/g, '    '));
      assert.equal(a.total, 6);
      assert.deepEqual(groups(a), ['3 chan receive', '1 semacquire', '1 select', '1 running']);
      assert.deepEqual(a.dump.warnings, []);
    });

    // Real pastes (pasted/SOURCES.md): cilium's lock debugging writes `goroutine N ` before each frame of debug.Stack().
    const PASTES: [string, number, number, string, number][] = [
      // name, goroutine id, frames kept, its first user frame, the line the cut is at
      ['cilium_19204_frame_prefix_goroutine_id_fence.txt', 92100, 8, 'github.com/cilium/cilium/pkg/lock.(*internalMutex).Unlock', 20],
      ['cilium_13456_frame_prefix_goroutine_id_spaces.txt', 1, 5, 'github.com/cilium/cilium/pkg/lock.(*internalRWMutex).Unlock', 14],
      ['cilium_6643_journal_frame_prefix_goroutine_id.txt', 1, 4, 'github.com/cilium/cilium/pkg/lock.(*internalRWMutex).Unlock', 11],
    ];
    for (const [name, id, frames, user, cutLine] of PASTES) {
      it(`${name}: goroutine ${id} with its ${frames} frames, cut where the paste ends`, () => {
        const a = analyzeGoroutineDump(fixture(`pasted/${name}`));
        assert.equal(a.total, 1);
        const g = [...a.dump.goroutines][0];
        assert.deepEqual([g.id, g.state, g.frames.length, g.cut], [id, 'running', frames, true]);
        assert.deepEqual(g.frames.slice(0, 2).map(f => f.func), ['runtime/debug.Stack', user]);
        assert.equal(a.dump.truncated, true);
        assert.equal(a.dump.headlessStacks.length, 0);
        const messages = a.dump.warnings.map(w => w.message);
        assert.equal(messages.length, 2, messages.join('\n'));
        assert.match(messages[0], /^line 1: skipped 1 line/);
        assert.match(messages[1], new RegExp(`^the dump is truncated at line ${cutLine}: goroutine ${id} \\(from line \\d\\) is cut off`));
      });
    }

    it('a crash whose frames carry `goroutine N ` under Go 1.23 headers (`gp=… m=…`): the crashed goroutine blamed', () => {
      const a = analyzeGoroutineDump(['panic: boom', '', 'goroutine 1 gp=0xc000002380 m=0 mp=0x5a1e40 [running]:', 'goroutine 1 main.explode(...)', 'goroutine 1 \t/src/main.go:7',
        'goroutine 1 main.main()', 'goroutine 1 \t/src/main.go:11 +0x25', '', 'goroutine 5 gp=0xc0000a0000 m=nil [chan receive]:', 'goroutine 5 main.worker(0x0?)',
        'goroutine 5 \t/src/main.go:20 +0x33', 'goroutine 5 created by main.main in goroutine 1', 'goroutine 5 \t/src/main.go:10 +0x2b', ''].join('\n'));
      assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.frames.length, g.createdBy?.func ?? null]), [[1, 2, null], [5, 1, 'main.main']]);
      assert.equal(a.dump.crash?.message, 'panic: boom');
      assert.equal(a.groups[0].suspect, '1 goroutine crashed (panic: boom) in main.explode (main.go:7)');
      assert.deepEqual(a.dump.warnings, []);
    });

    it('a note under a header with a call in it is no prefix: the header has no stack', () => {
      const a = analyzeGoroutineDump(['goroutine 7 [running]:', 'see main.run() for the loop', 'and more text', ''].join('\n'));
      assert.equal(a.total, 0);
      assert.match(a.dump.warnings.map(w => w.message).join('\n'), /reads like a goroutine header but no stack follows/);
    });
  });

  describe('a stack behind a log prefix whose first line is its `created by`', () => {
    // Go 1.19 output of scripts/go/prefixshapes -shape createdby: CRI's prefix, the text starting at goroutine 18's creator.
    const cri = fixture('created_by_first_cri.txt');
    const bare = cri.replace(/^\S+ stderr F /gm, '');
    /** The same lines behind other log prefixes (digits in them vary line to line). */
    const PREFIXES: [string, (i: number) => string][] = [
      ['CRI', i => `2024-03-07T09:14:03.${String(120000000 + i * 37000).padStart(9, '0')}Z stderr F `],
      ['journald', i => `Mar 07 09:14:0${3 + (i % 2)} node-3 api[2841]: `],
      ['klog', i => `E0307 09:14:03.${String(100 + i).padStart(6, '0')}       1 stack.go:${40 + i}] `],
      ['a timestamp', i => `2024-03-07 09:14:03.${100 + i} `],
    ];

    const expectCreatorFirst = (a: GoroutineAnalysis, what: string) => {
      assert.equal(a.total, 4, what);
      assert.deepEqual(groups(a), ['2 chan receive', '1 semacquire', '1 select'], what);
      assert.equal(a.dump.headlessStacks.length, 1, what);
      const stack = a.dump.headlessStacks[0];
      assert.deepEqual([stack.frames.length, stack.createdBy?.func, stack.createdBy?.line, stack.lines.start, stack.lines.end], [0, 'main.startWorkers', 45, 1, 2], what);
      assert.equal(a.dump.cutAtStart, true, what);
      assert.equal(a.dump.truncated, false, what);
      assert.deepEqual(a.dump.warnings, [], what);
    };

    it('created_by_first_cri.txt reads as the same text without its prefix: a creator without frames, then every goroutine', () => {
      expectCreatorFirst(analyzeGoroutineDump(bare), 'bare');
      expectCreatorFirst(analyzeGoroutineDump(cri), 'CRI');
    });

    for (const [name, prefix] of PREFIXES) {
      it(`behind ${name}`, () => {
        expectCreatorFirst(analyzeGoroutineDump(bare.split('\n').map((line, i) => line === '' && i > 0 && i === bare.split('\n').length - 1 ? '' : prefix(i) + line).join('\n')), name);
      });
    }

    it('coreos_assembler_2805_journal_created_by_first.txt (a real journalctl paste that starts at a `created by`)', () => {
      const a = analyzeGoroutineDump(fixture('pasted/coreos_assembler_2805_journal_created_by_first.txt'));
      assert.deepEqual(a.dump.headlessStacks.map(h => [h.frames.length, h.createdBy?.func, h.createdBy?.line, h.lines.start, h.lines.end]),
        [[0, 'github.com/containers/podman/vendor/k8s.io/klog/v2.init.0', 420, 2, 3]]);
      assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.state, g.cut]), [[10, 'select', true]]);
      assert.deepEqual([a.dump.cutAtStart, a.dump.truncated], [true, true]);
      assert.ok(!a.dump.warnings.some(w => w.line === 2), 'the `created by` line is not skipped');
    });

    it('Go 1.21\'s `created by … in goroutine N`, behind a prefix', () => {
      const text = ['2024-03-07T09:14:03.000Z stderr F created by main.startWorkers in goroutine 1', '2024-03-07T09:14:03.000Z stderr F \t/src/main.go:45 +0x2b', '2024-03-07T09:14:03.000Z stderr F ',
        '2024-03-07T09:14:03.000Z stderr F goroutine 19 [chan receive]:', '2024-03-07T09:14:03.000Z stderr F main.worker(0x0?)', '2024-03-07T09:14:03.000Z stderr F \t/src/main.go:27 +0x33',
        '2024-03-07T09:14:03.000Z stderr F created by main.startWorkers in goroutine 1', '2024-03-07T09:14:03.000Z stderr F \t/src/main.go:45 +0x2b', ''].join('\n');
      const a = analyzeGoroutineDump(text);
      assert.equal(a.total, 1);
      assert.deepEqual(a.dump.headlessStacks.map(s => [s.createdBy?.func, s.frames.length]), [['main.startWorkers', 0]]);
      assert.deepEqual(a.dump.warnings, []);
    });

    it('prose that says `created by` behind a word, with no `file:line` under it, is no stack', () => {
      const a = analyzeGoroutineDump(['the goroutine was created by main.startWorkers', 'as the log shows', 'goroutine 19 [chan receive]:', 'main.worker(0x0?)', '\t/src/main.go:27 +0x33', ''].join('\n'));
      assert.equal(a.total, 1);
      assert.equal(a.dump.headlessStacks.length, 0);
      assert.equal(a.dump.cutAtStart, false);
    });
  });

  describe('a lone crash line, behind a log prefix or not', () => {
    const CRASHES = ['panic: runtime error: invalid memory address or nil pointer dereference', 'fatal error: concurrent map writes', 'panic: boom [recovered]'];
    const PREFIXES = ['', '2024-01-01T00:00:00.000Z stderr F ', '2024-01-01T00:00:00.123456789+00:00 stderr F ', 'Jan 02 15:04:05 host proc[123]: ', 'Jan  2 15:04:05 host proc: ',
      'E0102 15:04:05.123456       1 main.go:12] ', 'api-1  | ', '[pod/api-7d9f8c6b5-x2kqp/api] '];
    const read = (text: string): string => {
      try { readGoroutines(new TextEncoder().encode(text)); return 'read'; } catch (e) { return (e as Error).message; }
    };
    for (const crash of CRASHES) {
      it(`"${crash}" alone reads as the crash with no goroutine, whatever the prefix`, () => {
        const message = crash.replace(/ \[recovered\]$/, ' [recovered]');
        for (const prefix of PREFIXES) {
          for (const rest of ['', '\n', '\n\n', `\n${prefix}\n`]) {
            const text = `${prefix}${crash}${rest}`;
            const a = analyzeGoroutineDump(text);
            assert.deepEqual([a.total, a.dump.crash?.message, a.dump.crash?.line, a.dump.warnings], [0, message, 1, []], JSON.stringify(text));
            assert.equal(read(text), `no goroutine dump found: line 1 is a crash (${message}) with no goroutine after it`, JSON.stringify(text));
          }
        }
      });
    }

    it('nginxlog_exporter_8_journal_lone_panic.txt (a real journalctl paste that ends at the panic line)', () => {
      const text = fixture('pasted/nginxlog_exporter_8_journal_lone_panic.txt');
      const message = 'panic: Put http://localhost:8500/v1/agent/service/register?dc=dc1: dial tcp [::1]:8500: getsockopt:';
      const a = analyzeGoroutineDump(text);
      assert.deepEqual([a.total, a.dump.crash?.message, a.dump.crash?.line, a.dump.truncated], [0, message, 12, false]);
      assert.equal(read(text), `no goroutine dump found: line 12 is a crash (${message}) with no goroutine after it`);
    });

    it('behind a prefix, after other log lines, the same as without', () => {
      for (const prefix of PREFIXES) {
        const text = [`${prefix}starting server on :8080`, `${prefix}panic: boom`, ''].join('\n');
        assert.equal(read(text), 'no goroutine dump found: line 2 is a crash (panic: boom) with no goroutine after it', JSON.stringify(text));
      }
    });
  });

  describe('a crash\'s register dump cut midway', () => {
    // Go 1.19, GOTRACEBACK=crash (fixtures SOURCES.md): the signalled thread's registers after all its goroutines,
    // then each other thread's section, its registers right under `goroutine 0 [idle]:`'s frames.
    const lines = fixture('demo_crash_running.txt').split('\n');
    const whole = analyzeGoroutineDump(lines.join('\n'));
    /** The register blocks' line numbers (1-based): first and last line of each. */
    const blocks: [number, number][] = [];
    lines.forEach((line, i) => {
      if (line.startsWith('rax ')) blocks.push([i + 1, i + 1]);
      if (line.startsWith('gs ')) blocks[blocks.length - 1][1] = i + 1;
    });
    const cutAt = (lastLine: number, rest = '\n') => analyzeGoroutineDump(lines.slice(0, lastLine).join('\n') + rest);
    const ids = (a: GoroutineAnalysis) => [...a.dump.goroutines].map(g => g.id);

    it('the fixture has a register dump after its goroutines and others right under a thread\'s frames', () => {
      assert.ok(blocks.length >= 3);
      assert.ok(lines[blocks[0][0] - 2] === '', 'a blank line before the first dump');
      assert.match(lines[blocks[1][0] - 2], /^\t.* \+0x[0-9a-f]+ fp=/, 'the second right under a frame');
      assert.equal(whole.dump.truncated, false);
    });

    for (const [n, [first, last]] of blocks.slice(0, 2).entries()) {
      it(`cut after any register but the last of dump ${n + 1} (lines ${first}–${last}): truncated there, no goroutine cut`, () => {
        const complete = cutAt(last);
        for (let line = first; line < last; line++) {
          for (const rest of ['\n', '', '\n```\n', '\n\n']) {
            const a = cutAt(line, rest);
            const what = `cut at line ${line} (${lines[line - 1]}), then ${JSON.stringify(rest)}`;
            assert.equal(a.dump.truncated, true, what);
            assert.equal(a.dump.truncatedInRegisterDump, true, what);
            assert.deepEqual([...a.dump.goroutines].filter(g => g.cut).map(g => g.id), [], what);
            const name = lines[line - 1].split(/\s+/)[0];
            assert.deepEqual(a.dump.warnings.map(w => w.message), [`the dump is truncated at line ${line}, inside a crash's register dump (after \`${name}\`): the goroutines above it are whole`], what);
            assert.equal(a.dump.crash?.message, 'SIGQUIT: quit', what);
            assert.deepEqual(ids(a), ids(complete), what);
            assert.equal(a.groups[0].suspect, complete.groups[0].suspect, what);
          }
        }
      });
    }

    it('a register\'s line cut short is part of the cut, not skipped text', () => {
      const [first] = blocks[0];
      for (const cut of ['r', 'rb', 'rbx', 'rbx    ', 'rbx    0', 'rbx    0x']) {
        const a = analyzeGoroutineDump([...lines.slice(0, first), cut].join('\n'));
        assert.equal(a.dump.truncated, true, cut);
        assert.deepEqual(a.dump.warnings.map(w => w.message), [`the dump is truncated at line ${first + 1}, inside a crash's register dump (after \`rax\`): the goroutines above it are whole`], cut);
      }
    });

    it('a whole register dump (its last register read) is no cut, with or without what follows it', () => {
      for (const [, last] of blocks) {
        assert.equal(cutAt(last).dump.truncated, false);
        assert.equal(cutAt(last).dump.truncatedInRegisterDump, undefined);
        assert.equal(cutAt(last, '\n\n-----\n').dump.truncated, false);
      }
    });

    it('behind a CRI prefix', () => {
      const [first] = blocks[0];
      const prefixed = lines.slice(0, first + 5).map(line => `2024-03-07T09:14:03.120Z stderr F ${line}`).join('\n') + '\n';
      const a = analyzeGoroutineDump(prefixed);
      assert.deepEqual(ids(a), ids(cutAt(first + 5)));
      assert.equal(a.dump.truncated, true);
      assert.match(a.dump.warnings.map(w => w.message).join('\n'), new RegExp(`truncated at line ${first + 5}, inside a crash's register dump \\(after \`${lines[first + 4].split(/\s+/)[0]}\`\\)`));
    });

    it('golang_64650_indented_crash_registers_gp_header.txt (a real paste cut in its last register dump, under a thread\'s frames)', () => {
      const a = analyzeGoroutineDump(fixture('pasted/golang_64650_indented_crash_registers_gp_header.txt'));
      assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.cut, g.frames.length]), [[18, false, 3]]);
      assert.equal(a.dump.truncated, true);
      const last = fixture('pasted/golang_64650_indented_crash_registers_gp_header.txt').trimEnd().split('\n').length;
      assert.deepEqual(a.dump.warnings.map(w => w.message).filter(m => m.includes('truncated')),
        [`the dump is truncated at line ${last}, inside a crash's register dump (after \`rsp\`): the goroutines above it are whole`]);
    });

    it('arm64\'s dump ends with `fault`: a text that stops there is whole, one that stops at `sp` is cut', () => {
      const arm = ['SIGSEGV: segmentation violation', 'PC=0x4f2b2e m=0 sigcode=1', '', 'goroutine 1 [running]:', 'main.main()', '\t/src/main.go:9 +0x1d fp=0x40000 sp=0x40000 pc=0x4f2b2e',
        // At this traceback level (frames with `fp=`) Go prints the runtime's frames under main.main.
        'runtime.main()', '\t/usr/local/go/src/runtime/proc.go:250 +0x1fc fp=0x40fd0 sp=0x40f90 pc=0x4f1a3c',
        'runtime.goexit()', '\t/usr/local/go/src/runtime/asm_arm64.s:1172 +0x4 fp=0x40fd0 sp=0x40fd0 pc=0x4f2e34', '',
        ...Array.from({ length: 30 }, (_, i) => `r${i}${' '.repeat(i < 10 ? 6 : 5)}0x${i}`), 'lr      0xaaaae3901948', 'sp      0xffffd4f22860', 'pc      0xaaaae390205c', 'fault   0x8'];
      assert.equal(analyzeGoroutineDump(arm.join('\n')).dump.truncated, false);
      const cut = analyzeGoroutineDump(arm.slice(0, -2).join('\n'));
      assert.equal(cut.dump.truncated, true);
      assert.equal(cut.dump.warnings[0].message, `the dump is truncated at line ${arm.length - 2}, inside a crash's register dump (after \`sp\`): the goroutines above it are whole`);
      assert.deepEqual([...cut.dump.goroutines].map(g => [g.id, g.cut]), [[1, false]]);
    });
  });
});
