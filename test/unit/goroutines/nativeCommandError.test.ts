// Windows PowerShell's error record around a native command's first stderr line (nativeCommandError.ts):
// `go : panic: …`, `At …ps1:26 char:3`, `+ …` and `+ CategoryInfo …` lines, then the dump. The real paste
// is in test/fixtures/goroutines/pasted (SOURCES.md); the Go-made one in test/fixtures/goroutines (SOURCES.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';

const dump = readFileSync('test/fixtures/goroutines/powershell_native_command_error_deadlock.txt', 'utf8');
const lines = dump.split('\r\n');
const crashOf = (text: string) => [analyzeGoroutineDump(text).dump.crash?.message ?? null, analyzeGoroutineDump(new TextEncoder().encode(text)).dump.crash?.message ?? null];

describe('goroutines: PowerShell\'s NativeCommandError record around a crash line', () => {
  it('a deadlock run from a script (Go 1.19, `dl.exe : fatal error: …`, CRLF): the crash behind the command\'s name, its goroutine blamed, on both paths', () => {
    for (const input of [dump, new TextEncoder().encode(dump)]) {
      const a = analyzeGoroutineDump(input);
      assert.equal(a.dump.crash?.message, 'fatal error: all goroutines are asleep - deadlock!');
      assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.frames.map(f => `${f.func} ${f.line}`)]), [[1, ['main.waitAll 9', 'main.main 20']]]);
      assert.equal(a.groups[0]?.suspect, '1 goroutine blocked on chan receive in main.waitAll (main.go:9); all goroutines are asleep (deadlock)');
      assert.deepEqual(a.dump.warnings.map(w => w.message), ['lines 1–2: skipped 2 lines that are not part of a goroutine dump, starting "PS C:\\work\\dl> .\\scripts\\check-deadlock.ps1"']);
    }
  });

  it('typed at the prompt (`At line:1 char:1`), the `At` line wrapped by the console, no CategoryInfo line: still the record', () => {
    const at = lines.findIndex(line => line.startsWith('At '));
    const typed = [...lines.slice(0, at), 'At line:1 char:1', ...lines.slice(at + 1)].join('\n');
    assert.deepEqual(crashOf(typed), Array(2).fill('fatal error: all goroutines are asleep - deadlock!'));
    const wrapped = [...lines.slice(0, at), 'At C:\\work\\dl\\scripts\\check-dead', 'lock.ps1:14 char:5', ...lines.slice(at + 1).filter(line => !line.includes('CategoryInfo'))].join('\n');
    assert.deepEqual(crashOf(wrapped), Array(2).fill('fatal error: all goroutines are asleep - deadlock!'));
  });

  it('is no crash line without the record\'s last line, without its `At` line first, or behind words that are no command\'s name', () => {
    const noEnd = lines.filter(line => !line.includes('FullyQualifiedErrorId')).join('\n');
    assert.deepEqual(crashOf(noEnd), [null, null]);
    const noAt = lines.filter(line => !line.startsWith('At ')).join('\n');
    assert.deepEqual(crashOf(noAt), [null, null]);
    const words = lines.map(line => line.replace('dl.exe : ', 'the run said : ')).join('\n');
    assert.deepEqual(crashOf(words), [null, null]);
  });
});
