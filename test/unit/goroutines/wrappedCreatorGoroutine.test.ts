// Go ≥ 1.21's `created by F in goroutine N` wrapped by a console (or a narrow window) inside its last
// words: `…F`, then `in goroutine 7`; `…F in`, then `goroutine 7`; `…F in goroutine`, then `7`; with
// the space kept at the start of the next line or trimmed away, as a paste does. Go 1.19
// (scripts/go/consolewrap) cannot print these words: real Go 1.21–1.24 pastes (test/fixtures/goroutines/pasted)
// are wrapped here at every character of each creator's words, on both scanner paths.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAlike } from './readAlike';

const PASTED = join(__dirname, '../../fixtures/goroutines/pasted');
const FILES = [
  'ttyphoon_13_go124_homebrew_internal_runtime_maps_fatal_in_goroutine_whole.txt',
  'fyne_4576_windows_program_files_paths_go121_gc_goroutines_cut_in_fp.txt',
  'pulumi_18744_go123_trimpath_in_goroutine_starts_in_stack_cut.txt',
  'dcgmexporter_450_gp_headers_no_blank_lines.txt',
];
const CREATOR_IN_GOROUTINE = /^(\s*created by \S+) in goroutine \d+\r?$/;

/** Each goroutine's creator as read: function, line and creator goroutine. */
function creators(text: string): string[] {
  const d = readAlike(text);
  return Array.from({ length: d.goroutines.length }, (_, i) => d.goroutines.get(i))
    .map(g => `${g.id} ${g.createdBy?.func ?? '-'}:${g.createdBy?.line ?? '-'} in ${String(g.creatorGoroutine)}`);
}

/** `text` with every `created by … in goroutine N` line cut `back` characters before its end (`keepSpace`: a space at the cut starts the next line). */
function wrapped(text: string, back: number, keepSpace: boolean): string {
  return text.split('\n').map(line => {
    const m = CREATOR_IN_GOROUTINE.exec(line);
    if (m === null) return line;
    const body = line.replace(/\r$/, '');
    const at = body.length - back;
    if (at <= m[1].length - 3) return line;
    let head = body.slice(0, at);
    let rest = body.slice(at);
    if (!keepSpace) { head = head.replace(/ +$/, ''); rest = rest.replace(/^ +/, ''); }
    return `${head}\n${rest}${line.endsWith('\r') ? '\r' : ''}`;
  }).join('\n');
}

describe('goroutines: a console wrap inside `created by … in goroutine N`', () => {
  for (const name of FILES) {
    it(`${name}: wrapped at every character of the creator's last words, the creators read as whole`, () => {
      const text = readFileSync(join(PASTED, name), 'utf8');
      const whole = creators(text);
      assert.ok(whole.some(c => !c.endsWith(' in null')), 'the paste names creator goroutines');
      const lineCount = text.split('\n').filter(l => CREATOR_IN_GOROUTINE.test(l)).length;
      for (let back = 1; back <= ' in goroutine 1234'.length; back++) {
        for (const keepSpace of [true, false]) {
          const cut = wrapped(text, back, keepSpace);
          if (cut.split('\n').length === text.split('\n').length) continue;
          assert.deepEqual(creators(cut), whole, `${name}: ${lineCount} lines cut ${back} from the end${keepSpace ? '' : ', spaces trimmed'}`);
        }
      }
    });
  }
});
