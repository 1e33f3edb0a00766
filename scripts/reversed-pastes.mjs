// Writes the newest-line-first pastes of test/fixtures/goroutines/logviews/ that a copy damaged
// further, from Go's own output (scripts/go/goroutinegen's demo_panic.txt, scripts/go/crashshapes'
// crash_nested_panics.txt, Go 1.19), each line order reversed as `tac` does:
// - newest_first_glued_calls.txt: each frame's `file:line` glued to the call under it where the
//   forward reading would split them (a digit, then a name's first letter), and the paste's fences
//   glued to its first and last lines.
// - newest_first_nested_panics_untabbed.txt: a nested panic's dump with every leading tab lost (as
//   a log viewer's copy loses them), so its `\tpanic:` lines stand at the margin.
// - newest_first_table_columns.txt: a log viewer's table view (Grafana Explore's, as in
//   velero-io/velero#8708): each line behind its columns (`  |   | Apr 23 12:01:10.100 | `), its
//   leading tab lost.
// - newest_first_table_columns_headless.txt: the same of a goroutine's stack without its header
//   (goroutine 21 of demo_panic.txt, as `debug.Stack()` logs one), under a line of prose.
// - newest_first_grafana_time_alone_headless.txt: Grafana's log view, each record's time alone on the
//   line over its message; goroutine 20 from its call line, goroutine 21's header without its stack.
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

const columns = i => `  |   | Apr 23 12:01:${String(10 + Math.floor(i / 10)).padStart(2, '0')}.${String(100 + i * 7).padStart(3, '0')} | `;
const inTable = lines => lines.map((l, i) => `${columns(i)}${l.replace(/^\t/, '')}`.trimEnd());
write('newest_first_table_columns.txt', tac(inTable(dump('demo_panic.txt').slice(0, 25))));
write('newest_first_table_columns_headless.txt', ['The worker hangs; its stack from the logs:', '', ...tac(inTable(dump('demo_panic.txt').slice(21, 25)))]);

// Grafana's log view with each record's time alone on the line over its message (as in
// ethpandaops/dugtrio#12), a blank line a time alone: goroutine 20 from its call line, then
// goroutine 21's header, whose stack the copy left out; newest first.
const timeAlone = i => `2024-11-05T08:${String(30 + Math.floor(i / 6)).padStart(2, '0')}:14.${String(500 + i * 3).padStart(3, '0')}Z\t`;
const timesAlone = lines => lines.flatMap((l, i) => (l === '' ? [timeAlone(lines.length - i)] : [timeAlone(lines.length - i), l]));
write('newest_first_grafana_time_alone_headless.txt', timesAlone(tac(dump('demo_panic.txt').slice(15, 21))));
