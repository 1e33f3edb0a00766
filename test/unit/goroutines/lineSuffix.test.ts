// A log that puts its own text after every line of a dump (lineSuffix.ts): log15's console format,
// Grafana's log of a backend plugin's output (its context fields after the padded message), and a
// collector's separator glued to each line's end, an export's own column, code fences glued to each line. Real Go output is given the suffix here, and must
// read as it does without it; the real paste is in test/fixtures/goroutines/pasted (SOURCES.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, type GoroutineAnalysis } from '../../../src/core/goroutines';

const read = (name: string) => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8');

function reading(a: GoroutineAnalysis) {
  return {
    goroutines: [...a.dump.goroutines].map(g => ({ id: g.id, state: g.state, frames: g.frames.map(f => `${f.func} ${f.file}:${f.line}`), createdBy: g.createdBy?.func ?? null, cut: g.cut })),
    crash: a.dump.crash?.message ?? null, truncated: a.dump.truncated, first: a.groups[0]?.suspect ?? null,
  };
}

/** Each line as log15's console format writes it: level and time, the message padded to 40 characters, the logger's context. */
const log15 = (text: string) => text.split('\n').map(line => `DBUG[04-29|09:01:45] ${line.padEnd(40)} logger=plugin.grafana-test-datasource pluginId=grafana-test-datasource`).join('\n');
/** Each line with a separator glued to its end (the lines of a list a collector joined). */
const withComma = (text: string) => text.split('\n').map(line => `${line},`).join('\n');
const quotedWithComma = (text: string) => text.split('\n').map(line => `"${line}",`).join('\n');
/** Each line between code fences glued to both its ends, behind a journal's prefix or not (a paste that fenced each line). */
const fenced = (prefix: string) => (text: string) => text.split('\n').map(line => `\x60\x60\x60${prefix}${line}\x60\x60\x60`).join('\n');
/** Each line with a log export's own column after it (Kibana's `-` for an empty field, behind a space or a tab). */
const withColumn = (column: string) => (text: string) => text.split('\n').map(line => `${line}${column}`).join('\n');

describe('goroutines: a log\'s suffix after every line of a dump', () => {
  for (const name of ['demo_panic.txt', 'go119_sigquit.txt', 'crash_multiline_error.txt', 'go119_fault.txt', 'demo_deadlock.txt']) {
    const plain = read(name).replace(/\n$/, '');
    const expected = reading(analyzeGoroutineDump(plain));
    for (const [how, transform] of [
      ['log15', log15], ['comma', withComma], ['quoted comma', quotedWithComma], ['a column of `-`', withColumn(' -')], ['a tab and a column of `-`', withColumn('\t-')],
    ] as const) {
      it(`${name} behind ${how} reads as it does without it, with no warning it lacks`, () => {
        const pasted = transform(plain);
        const a = analyzeGoroutineDump(pasted);
        assert.deepEqual(reading(a), expected);
        assert.deepEqual(a.dump.warnings.map(w => w.message), analyzeGoroutineDump(plain).dump.warnings.map(w => w.message));
      });
    }
  }

  it('code fences glued to both ends of every line, behind a journal\'s prefix or not: read as without them', () => {
    for (const name of ['demo_panic.txt', 'go119_sigquit.txt', 'go119_fault.txt', 'demo_deadlock.txt']) {
      const plain = read(name).replace(/\n$/, '');
      for (const prefix of ['', 'May 21 15:45:00 pandora prometheus-node-exporter[538]: ']) {
        assert.deepEqual(reading(analyzeGoroutineDump(fenced(prefix)(plain))), reading(analyzeGoroutineDump(plain)), `${name} ${JSON.stringify(prefix)}`);
      }
    }
  });

  it('a column of one word after every line reads as without it, the blank line under the crash skipped (a word there may be a panic value\'s)', () => {
    for (const name of ['demo_panic.txt', 'go119_sigquit.txt', 'demo_deadlock.txt']) {
      const plain = read(name).replace(/\n$/, '');
      assert.deepEqual(reading(analyzeGoroutineDump(withColumn('\tweb-1')(plain))), reading(analyzeGoroutineDump(plain)), name);
    }
  });

  it('Grafana\'s log15 paste of a plugin\'s panic: the crash without the context, the goroutine, cut in its last suffix', () => {
    const a = analyzeGoroutineDump(read('pasted/grafanasdk_159_log15_context_suffix_cut.txt'));
    assert.equal(a.dump.crash?.message, 'panic: BOOM');
    assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.cut, g.frames.map(f => `${f.file.split('/').pop()}:${f.line}`)]),
      [[69, true, ['resource_handler.go:102', 'server.go:2012', 'server.go:2387']]]);
    assert.equal(a.groups[0].suspect, '1 goroutine crashed (panic: BOOM) in datasource.(*testDatasource).testPanicHandler (resource_handler.go:102)');
    assert.deepEqual(a.dump.warnings.map(w => w.message),
      ['the dump is truncated at line 9: goroutine 69 (from line 3) is cut off (kept with the 3 frames before the cut), and goroutines created late are missing']);
  });

  it('text after a header that is no suffix\'s shape is not learnt: a note quoting a header stays skipped', () => {
    const a = analyzeGoroutineDump('I think goroutine 12 [chan send]: is the culprit here\nmain.main()\n\t/x/main.go:3 +0x1\n');
    assert.equal(a.dump.goroutines.length, 0);
  });
});
