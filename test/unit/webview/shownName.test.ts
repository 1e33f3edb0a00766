import * as assert from 'assert';
import { MAX_SHOWN_NAME_CHARS, shownName } from '../../../webview-ui/src/common/shownName';
import { nameLines } from '../../../webview-ui/src/profile/graphLayout';
import { shortName } from '../../../webview-ui/src/incident/names';
import { hostileProfiles } from '../../hostile/hostileProfiles';
import { parseProfile } from '../../../src/core/pprof';

describe('names as the page shows them', () => {
  it('a name Go writes is shown whole', () => {
    const generic = 'k8s.io/apimachinery/pkg/util/cache.(*Expiring[go.shape.string,go.shape.interface { Get() int }]).Get';
    assert.strictEqual(shownName(generic), generic);
    assert.strictEqual(shownName('x'.repeat(MAX_SHOWN_NAME_CHARS)), 'x'.repeat(MAX_SHOWN_NAME_CHARS));
  });

  it('a longer one is cut, saying how much was left out, never between the halves of a surrogate pair', () => {
    const cut = shownName('y'.repeat(MAX_SHOWN_NAME_CHARS + 5));
    assert.strictEqual(cut, `${'y'.repeat(MAX_SHOWN_NAME_CHARS)}… (5 more characters)`);
    const pairs = 'a' + '😀'.repeat(MAX_SHOWN_NAME_CHARS);
    const shown = shownName(pairs);
    const head = shown.slice(0, shown.indexOf('…'));
    assert.ok(head.length <= MAX_SHOWN_NAME_CHARS);
    assert.strictEqual(head, pairs.slice(0, head.length));
    assert.ok(!/[\ud800-\udbff]$/.test(head), 'ends in a lone high surrogate');
  });

  it('the 96 MB name of a 100 KB profile: the flame label, the graph node and the incident row each lay out about 2,000 characters', () => {
    const profile = parseProfile(hostileProfiles['huge-function-name'](1));
    const name = profile.functions.map(f => f.name).reduce((a, b) => (a.length >= b.length ? a : b));
    assert.ok(name.length > 96 * 2 ** 20, `${name.length}`);
    const started = process.cpuUsage();
    const shown = shownName(name);
    const lines = nameLines({ func: name, functionName: name } as Parameters<typeof nameLines>[0]);
    const row = shortName(name);
    const cpuMs = (process.cpuUsage(started).user + process.cpuUsage(started).system) / 1000;
    assert.ok(shown.length < MAX_SHOWN_NAME_CHARS + 40 && shown.endsWith(`(${(name.length - MAX_SHOWN_NAME_CHARS).toLocaleString('en-US')} more characters)`), shown.slice(-60));
    assert.ok(lines.join('').length < MAX_SHOWN_NAME_CHARS + 40, `${lines.join('').length}`);
    assert.ok(row.length < MAX_SHOWN_NAME_CHARS + 40, `${row.length}`);
    assert.ok(cpuMs < 5000, `${cpuMs} ms`);
  });

  it('a name of 10^6 dots is not a graph node of 10^6 lines', () => {
    const dotted = 'a.'.repeat(1_000_000);
    const lines = nameLines({ func: dotted, functionName: dotted } as Parameters<typeof nameLines>[0]);
    assert.ok(lines.length <= MAX_SHOWN_NAME_CHARS / 2 + 2, `${lines.length} lines`);
  });
});
