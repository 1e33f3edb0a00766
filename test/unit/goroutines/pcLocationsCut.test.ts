// Recovery middleware's stack (gin's, macaron's, Gitea's error page): each caller as `file:line (0x…)`,
// with or without its function and source line under it. A paste cut inside one of those lines is cut
// there (inside the pc's parentheses, or before them: a `file:line` alone under lines that carry their
// pc), whatever closes the paste, on both paths. Stacks made by scripts/go/pclocations (Go 1.19).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readAlike } from './readAlike';

const fixture = (name: string) => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8');

describe('goroutines: a stack of `file:line (0x…)` lines cut by the paste', () => {
  for (const name of ['recovery_pc_locations.txt', 'recovery_pc_locations_source_lines.txt']) {
    it(`${name}: cut at every character of a caller's line after its path is cut`, () => {
      const lines = fixture(name).trimEnd().split('\n');
      let cuts = 0;
      // Every caller's line but the first (a stack of one `file:line` alone is no stack yet).
      for (let i = 2; i < lines.length; i++) {
        const line = lines[i];
        if (line.startsWith('\t')) continue;
        const colon = line.lastIndexOf(':', line.indexOf(' ('));
        for (let at = colon + 2; at < line.length; at++) {
          for (const closer of ['', '\n', '\n```\n']) {
            const text = `${lines.slice(0, i).join('\n')}\n${line.slice(0, at)}${closer}`;
            const dump = readAlike(text);
            assert.equal(dump.truncated, true, `${line.slice(0, at)} ${JSON.stringify(closer)}`);
            assert.deepEqual(dump.warnings.filter(w => w.message.includes('skipped')).map(w => w.message), [], `${line.slice(0, at)} ${JSON.stringify(closer)}`);
            cuts++;
          }
        }
      }
      assert.ok(cuts > 100, `${cuts}`);
    });

    it(`${name}: whole, it is no cut, and its frames are the callers'`, () => {
      const dump = readAlike(fixture(name));
      assert.equal(dump.truncated, false);
      assert.deepEqual(dump.headlessStacks.map(h => h.frames.map(f => `${f.file.split('/').pop()}:${f.line}`)), [[
        'panic.go:260', 'signal_unix.go:835', 'main.go:18', 'main.go:20', 'main.go:28', 'main.go:67', 'proc.go:250', 'asm_amd64.s:1594',
      ]]);
    });
  }
});
