// Writes the newest-line-first pastes of test/fixtures/goroutines/logviews/ that a copy damaged
// further, from Go's own output (scripts/go/goroutinegen's demo_panic.txt, scripts/go/crashshapes'
// crash_nested_panics.txt, Go 1.19), each line order reversed as `tac` does:
// - newest_first_glued_calls.txt: each frame's `file:line` glued to the call under it where the
//   forward reading would split them (a digit, then a name's first letter), and the paste's fences
//   glued to its first and last lines.
// - newest_first_nested_panics_untabbed.txt: a nested panic's dump with every leading tab lost (as
//   a log viewer's copy loses them), so its `\tpanic:` lines stand at the margin.
// Run: node scripts/reversed-pastes.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const out = 'test/fixtures/goroutines/logviews';
const dump = name => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8').replace(/\n+$/, '').split('\n');
const tac = lines => [...lines].reverse();
const write = (name, lines) => writeFileSync(`${out}/${name}`, lines.join('\n') + '\n');

/** Glues each location line to the line after it (in the reversed text: its own call) where a digit meets a name. */
function glueLocations(lines) {
  const glued = [];
  for (let i = 0; i < lines.length; i++) {
    const next = lines[i + 1] ?? '';
    if (lines[i].startsWith('\t') && /[0-9]$/.test(lines[i]) && /^[g-z]/i.test(next)) { glued.push(lines[i] + next); i++; }
    else glued.push(lines[i]);
  }
  return glued;
}

const reversedDemo = glueLocations(tac(dump('demo_panic.txt').slice(0, 25)));
reversedDemo[0] = '```' + reversedDemo[0];
reversedDemo[reversedDemo.length - 1] += '```';
write('newest_first_glued_calls.txt', reversedDemo);
write('newest_first_nested_panics_untabbed.txt', tac(dump('crash_nested_panics.txt').map(l => l.replace(/^\t/, ''))));
