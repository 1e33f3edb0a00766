// Go 1.19's own dumps (a SIGQUIT, a test timeout, a recovered panic raised again, three nested
// panics) written the way CI systems, container runtimes, log shippers and supervisors write each
// line, as they are pasted from there: every wrapper reads as the dump itself. Where no real paste
// of a wrapper was found, these stand for it (real ones are in realPastes.test.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';

const fixture = (name: string) => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8');
const DUMPS = ['go119_sigquit.txt', 'demo_test_timeout.txt', 'demo_repanic.txt', 'crash_nested_panics.txt'];

/** What a reading says: every goroutine with its state and frames, the crash, the cut, the first group's suspect. */
function reading(text: string): string {
  const a = analyzeGoroutineDump(text);
  return JSON.stringify({
    goroutines: [...a.dump.goroutines].map(g => `${g.id} ${g.state} ${g.waitMinutes ?? ''} ${g.frames.map(f => f.func).join(',')} ${g.createdBy?.func ?? ''}`),
    crash: a.dump.crash?.message ?? null, truncated: a.dump.truncated, first: a.groups[0]?.suspect ?? null,
  }, null, 1);
}

const T0 = Date.UTC(2024, 4, 1, 10, 0, 0);
/** RFC 3339 in UTC with `digits` of fraction, a few milliseconds apart from line to line. */
const rfc3339 = (i: number, digits: number) => {
  const t = new Date(T0 + i * 3).toISOString();
  return `${t.slice(0, 19)}.${(t.slice(20, 23) + String(i * 7919 % 10_000_000).padStart(7, '0')).slice(0, digits)}Z`;
};
const linesOf = (dump: string) => dump.replace(/\n$/, '').split('\n');
const each = (dump: string, prefix: (i: number) => string, before: string[] = [], after: string[] = []) =>
  [...before, ...linesOf(dump), ...after].map((line, i) => prefix(i) + line).join('\n') + '\n';
/** A TAI64N label (`@` and 24 hex digits): seconds since 1970 plus 2^62, then nanoseconds. */
const tai64n = (i: number) => `@${(0x4000000066321a00n + BigInt(i >> 4)).toString(16)}${(i * 2654435761 % 0x100000000).toString(16).padStart(8, '0')}`;

const WRAPPERS: Record<string, (dump: string) => string> = {
  // GitHub Actions' raw log: its time on every line, the step's group and the error annotation among them.
  'GitHub Actions (`2024-05-01T10:00:00.1234567Z `, `##[group]`, `##[error]`)': dump =>
    each(dump, i => `${rfc3339(i, 7)} `, ['##[group]Run go test ./...', '##[endgroup]'], ['##[error]Process completed with exit code 2.']),
  // GitLab Runner ≥ 17's timestamped job log: the time, the stream number and `O` (stdout) or `E`.
  'GitLab Runner timestamps (`… 01O `)': dump => each(dump, i => `${rfc3339(i, 6)} 01O `, ['$ go test ./...']),
  'Jenkins Timestamper (`[2024-05-01T10:00:00.123Z] `)': dump =>
    each(dump, i => `[${new Date(T0 + i).toISOString()}] `, ['[Pipeline] sh', '+ go test ./...'], ['[Pipeline] }']),
  'Jenkins Timestamper as a clock (`10:00:01  `)': dump => each(dump, () => '10:00:01  ', ['[Pipeline] sh', '+ go test ./...']),
  'TeamCity (`[10:00:01]W:\\t\\t [Step 1/1] `)': dump => each(dump, i => `[10:00:0${i % 10}]W:\t\t [Step 1/1] `),
  'Prow build-log.txt (`I0501 10:00:00.123] `)': dump => each(dump, i => `I0501 10:00:0${i % 10}.${String(100 + i % 900)}] `),
  'kubectl logs --prefix --timestamps (`[pod/x/c] 2024-…Z `)': dump => each(dump, i => `[pod/api-7d9f8b6c5-x2kq4/api] ${rfc3339(i, 9)} `),
  'CRI (`… stderr F `)': dump => each(dump, i => `${rfc3339(i, 9)} stderr F `),
  'docker logs --timestamps': dump => each(dump, i => `${rfc3339(i, 9)} `),
  'docker compose logs --timestamps (`api-1  | 2024-…Z `)': dump => each(dump, i => `api-1  | ${rfc3339(i, 9)} `),
  'Heroku (`2024-05-01T10:00:00.123+00:00 app[web.1]: `)': dump => each(dump, i => `${new Date(T0 + i).toISOString().replace('Z', '+00:00')} app[web.1]: `),
  'journalctl -o short-precise (`May 01 10:00:00.000123 host api[123]: `)': dump =>
    each(dump, i => `May 01 10:00:0${i % 10}.${String(i * 7919 % 1_000_000).padStart(6, '0')} host api[123]: `),
  'daemontools / runit / s6 TAI64N labels (`@4000000066321a00…`)': dump => each(dump, i => `${tai64n(i)} `),
  'CloudWatch export (Unix milliseconds and a tab)': dump => each(dump, i => `${T0 + i}\t`),
};

describe('goroutines: dumps inside CI, container and supervisor logs', () => {
  for (const name of DUMPS) {
    const dump = fixture(name);
    const plain = reading(dump);
    for (const [wrapper, wrap] of Object.entries(WRAPPERS)) {
      it(`${name} through ${wrapper}: the same goroutines, crash and culprit`, () => {
        assert.equal(reading(wrap(dump)), plain);
      });
    }
  }

  it('a selection that starts inside the first line\'s CI timestamp, before the crash line: the crash is the dump\'s', () => {
    const dump = fixture('demo_test_timeout.txt');
    const wrapped = each(dump, i => `${rfc3339(i, 7)} `);
    const plain = reading(dump);
    const prefix = `${rfc3339(0, 7)} `;
    for (let cut = 1; cut < prefix.length - 1; cut++) {
      assert.equal(reading(wrapped.slice(cut)), plain, `cut ${cut}: ${JSON.stringify(prefix.slice(cut))}`);
    }
  });

  it('bold a paste opened before a CRI prefix and closed after the last line: the crash line, the header and the end read as without it', () => {
    const dump = fixture('demo_repanic.txt');
    const wrapped = each(dump, i => `${rfc3339(i, 9)} stderr F `);
    assert.equal(reading(`**${wrapped.trimEnd()}**\n`), reading(dump));
    // The header first: the crash line right under it (the runtime crashed while it printed the goroutine).
    const header = each('goroutine 284 [select, 572 minutes]:\nfatal error: unexpected signal during runtime execution\n', i => `${rfc3339(i, 9)} stderr F `);
    assert.deepEqual([...analyzeGoroutineDump(`**${header}`).dump.goroutines].map(g => g.id), [284]);
  });

  it('a text that ends in a runtime stack after a goroutine is cut before the goroutines Go prints under it', () => {
    const text = 'goroutine 284 [select]:\nfatal error: unexpected signal during runtime execution\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x118 pc=0x45f1fc]\n\n' +
      'runtime stack:\nruntime.throw({0xf084e8?, 0x1679de0?})\n\t/usr/local/go/src/runtime/panic.go:1047 +0x5d\n';
    const a = analyzeGoroutineDump(text);
    assert.equal(a.dump.truncated, true);
    assert.match(a.dump.warnings.at(-1)!.message, /the goroutines after it are missing/);
    // A whole crash: its runtime stack, then the goroutines.
    assert.equal(analyzeGoroutineDump(`${text}\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:5 +0x1d\n`).dump.truncated, false);
  });
});
