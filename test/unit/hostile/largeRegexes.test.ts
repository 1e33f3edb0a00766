// Regexes of the largest size Go's regexp accepts (a million instructions), from each place a
// pattern comes from: a profile's drop_frames/keep_frames, a filter, a source mapping setting.
// re2js compiled them to ~1 GB and 1.4–4 s; now they are counted on their text and refused
// before any of it is compiled, in one error that says where the pattern came from.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBounded } from '../../hostile/bounded';
import type { Outcome } from '../../hostile/cases';
import { errorOf, okOf } from '../../hostile/outcomes';
import { withinCpu } from '../../hostile/threadCpu';
import { compileLinearRegex, MAX_PROGRAM_SIZE } from '../../../src/core/linearRegex';
import { regexProgramSize } from '../../../src/core/regexProgramSize';
import { mappingProblems } from '../../../src/core/sources';

const LARGEST_ANY = '.{1000}'.repeat(1000);
const LARGEST_LITERAL = 'a{1000}'.repeat(1000);
// A compile of what is refused here took ~1 GB; the bound leaves the worker far less.
const TIGHT = { seconds: 5, heapMb: 256 };

const ok = okOf, error = errorOf;

/** Patterns of every syntax that adds instructions, and what Go 1.19's syntax.Compile makes of each. */
function goProgramSizes(patterns: string[]): number[] | null {
  const dir = mkdtempSync(join(tmpdir(), 'regex-size-'));
  try {
    writeFileSync(join(dir, 'go.mod'), 'module regexsize\n\ngo 1.19\n');
    writeFileSync(join(dir, 'main.go'), `package main

import (
	"bufio"
	"fmt"
	"os"
	"regexp/syntax"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		re, err := syntax.Parse(sc.Text(), syntax.Perl)
		if err != nil {
			fmt.Println(-1)
			continue
		}
		p, err := syntax.Compile(re.Simplify())
		if err != nil {
			fmt.Println(-1)
			continue
		}
		fmt.Println(len(p.Inst))
	}
}
`);
    const run = spawnSync('go', ['run', '.'], { cwd: dir, input: patterns.join('\n') + '\n', encoding: 'utf8', timeout: 120_000 });
    if (run.status !== 0) return null;
    return run.stdout.trim().split('\n').map(Number);
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('regexes of Go\'s largest size: refused before they are compiled', function () {
  this.timeout(300_000);

  describe('the program size counted on the text', () => {
    const patterns = [
      'abc', 'a|b|c', '(a|b)*c', '.{1000}', 'a{2,5}', '(?:ab){3,}', '(?i)foo(?P<x>bar)+', '[a-z]{10}', '\\pL{5}', '\\p{Greek}+',
      '\\Q.*+\\E{3}', 'x{,3}', '(?:a{10}){10}', 'runtime\\.(malloc|new|make).*', '^(?:(?:a|b)|c)$', '[[:alpha:]]{4}', 'a{0}',
      '\\x{41}{3}', '[]a]{7}', '[^\\]x]{9}', '(a{3}|b{5}){4}', 'main\\.(?:f|g)+?', 'x{2,}', '(?s:.){64}',
    ];

    it('is within a few instructions of Go\'s compiled program, and never far under it', function () {
      const go = goProgramSizes(patterns);
      if (go === null) this.skip();
      patterns.forEach((p, k) => {
        const ours = regexProgramSize(p);
        // Go's program adds its fail and match instructions and a capture of the whole match.
        assert.ok(ours >= go[k] - 3 && ours <= go[k] * 1.5 + 3, `${p}: counted ${ours}, Go compiles ${go[k]}`);
      });
    });

    it('counts the largest patterns in microseconds of text, not in their million instructions', () => {
      const sizes = withinCpu(200, () => [LARGEST_ANY, LARGEST_LITERAL, '(?:x{1000}){1000}', 'z'.repeat(1 << 20)].map(regexProgramSize), 'counting');
      assert.deepEqual(sizes, [1_000_000, 1_000_000, 1_000_000, 1 << 20]);
    });

    it('reads every unclosed or stray construct in one pass', () => {
      const strays = ['('.repeat(100_000), ')'.repeat(100_000), '[[:'.repeat(100_000), '\\p{'.repeat(100_000), '(?P<'.repeat(100_000), '{1,'.repeat(100_000)];
      const sizes = withinCpu(500, () => strays.map(regexProgramSize), 'counting stray constructs');
      for (const size of sizes) assert.ok(size >= 1);
    });
  });

  describe('one error naming where the pattern came from', () => {
    it('a focus filter of `.{1000}` a thousand times', async () => {
      const { value, cpuMs } = await runBounded<Outcome>('focusFilter', [LARGEST_ANY, 'main.f'], TIGHT);
      assert.match(error(value), /^invalid focus regular expression "(\.\{1000\}){8}\.\{10…\(7000 characters\)": expression too large \(it would compile to 1000000 instructions, more than the 50000 allowed\)$/);
      assert.ok(!(cpuMs > 1000), `${cpuMs} ms of CPU`);
    });

    it('a focus filter of `a{1000}` a thousand times', async () => {
      const { value } = await runBounded<Outcome>('focusFilter', [LARGEST_LITERAL, 'main.f'], TIGHT);
      assert.match(error(value), /^invalid focus regular expression "a\{1000\}.*": expression too large/);
    });

    it('a pattern just under the limit still compiles and matches', () => {
      const under = 'a{49}'.repeat(1000);
      assert.ok(regexProgramSize(under) <= MAX_PROGRAM_SIZE);
      assert.equal(compileLinearRegex(under, 'focus').test('a'.repeat(49_000)), true);
      assert.throws(() => compileLinearRegex('a{51}'.repeat(1000), 'hide'), /^SyntaxError: invalid hide regular expression .*expression too large \(it would compile to 51000 instructions/);
    });

    it('a profile whose drop_frames and keep_frames are that large opens, with a warning that they were not applied', async () => {
      const { value, cpuMs } = await runBounded<Outcome>('viewCrafted', ['profile', 'largest-drop-frames', 1], TIGHT);
      const opened = ok(value);
      assert.equal(opened.samples, 1);
      assert.deepEqual(opened.warnings, ['drop_frames/keep_frames not applied: invalid drop_frames regular expression '
        + `"${'.{1000}'.repeat(8)}.{10…(7000 characters)": expression too large (it would compile to 1000000 instructions, more than the 50000 allowed)`]);
      assert.ok(!(cpuMs > 1000), `${cpuMs} ms of CPU`);
    });

    it('the CLI\'s --focus on that profile: a usage error whose first line says it', async () => {
      const { value } = await runBounded<Outcome>('goprofOnCrafted', ['profile', 'largest-drop-frames', 1, 'top', ['--focus', LARGEST_LITERAL]], TIGHT);
      const { code, err } = ok(value) as { code: number; err: string };
      assert.notEqual(code, 0);
      assert.match(err.split('\n')[0], /^goprof top: --focus: invalid focus regular expression "a\{1000\}.*": expression too large /);
    });

    it('a sourceMappings setting: the mapping named, the others left alone', () => {
      const problems = withinCpu(500, () => mappingProblems([
        { from: '/go/src/', to: '/a' }, { from: `/${LARGEST_ANY}/`, to: '/b' }, { from: '/^(?<x)/', to: '/c' }, { from: '/^\\/build\\/(.*)$/', to: '/d/$1' },
      ]), 'checking the mappings');
      assert.equal(problems.length, 2);
      assert.match(problems[0], /^invalid sourceMappings regular expression "\.\{1000\}.*": expression too large/);
      assert.match(problems[1], /^invalid sourceMappings regular expression "\^\(\?<x\)": /);
    });
  });
});
