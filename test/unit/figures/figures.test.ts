import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProfile } from '../../../src/core/pprof';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import { goroutineFigures, profileFigures } from '../../../src/core/figures';

const sample = (name: string) => readFileSync(join(__dirname, '../../../samples/kube-apiserver-incident', name));

describe('figures for code lenses and line heat', () => {
  it('profile: flat and cum per function as go tool pprof -top -unit=B reports them', () => {
    // go tool pprof -top -unit=B heap.pb.gz (Go 1.19):
    //   40283506B 6.63% 86.75% 559380823B 92.10%  k8s.io/kubernetes/vendor/k8s.io/api/core/v1.(*ConfigMap).Unmarshal
    //   of 607365590B total
    const figures = profileFigures(parseProfile(sample('heap.pb.gz')), 'heap.pb.gz');
    assert.equal(figures.label, 'heap.pb.gz · inuse_space');
    const unmarshal = figures.functions.find(f => f.name === 'k8s.io/kubernetes/vendor/k8s.io/api/core/v1.(*ConfigMap).Unmarshal');
    assert.ok(unmarshal);
    assert.equal(unmarshal.packagePath, 'k8s.io/api/core/v1', 'vendor prefix removed');
    assert.equal(unmarshal.weight, 559380823);
    assert.equal(unmarshal.title, 'inuse_space 533 MiB (92.1%) cum · 38.4 MiB flat');
    assert.equal(figures.functions.find(f => f.name === 'bytes.growSlice')?.packagePath, 'bytes');
  });

  it('profile: line heat is keyed by the file as written in the profile', () => {
    const figures = profileFigures(parseProfile(sample('heap.pb.gz')), 'heap.pb.gz');
    const lines = figures.lines.filter(l => l.file.endsWith('k8s.io/api/core/v1/generated.pb.go'));
    assert.ok(lines.length > 0);
    const hottest = lines.reduce((a, b) => (a.fraction > b.fraction ? a : b));
    assert.ok(hottest.fraction > 0.5 && hottest.fraction <= 1, String(hottest.fraction));
    assert.match(hottest.text, /^\d+(\.\d+)? MiB \(\d+(\.\d+)?%\)$/);
  });

  it('goroutines: the leak counts toward DeleteCollection.func1 with its state and wait', () => {
    const analysis = analyzeGoroutineDump(sample('goroutines.txt'));
    const figures = goroutineFigures(analysis.groups, 'goroutines.txt', analysis.total);
    assert.equal(figures.label, 'goroutines.txt · 18,410 goroutines');
    const func1 = figures.functions.find(f => f.name.endsWith('registry.(*Store).DeleteCollection.func1'));
    assert.ok(func1);
    assert.equal(func1.packagePath, 'k8s.io/apiserver/pkg/registry/generic/registry');
    assert.equal(func1.title, '18,000 goroutines · chan send · up to 2 min');
    const line = figures.lines.find(l => l.file.endsWith('registry/store.go') && l.line === 181);
    assert.ok(line);
    assert.equal(line.text, '18,000 goroutines · chan send');
  });

  it('goroutines: the function where the process crashed says so, with the panic in its detail', () => {
    const analysis = analyzeGoroutineDump(readFileSync('test/fixtures/goroutines/demo_panic.txt'));
    const figures = goroutineFigures(analysis.groups, 'demo_panic.txt', analysis.total);
    const dispatch = figures.functions.find(f => f.name === 'main.dispatch');
    assert.ok(dispatch);
    assert.equal(dispatch.title, '1 goroutine · crashed');
    assert.match(dispatch.detail, /crashed \(panic: dispatcher: 12 items left and no worker to take them\)/);
  });

  it('goroutines: a crashed group of two counts one goroutine crashed, the other in its own state', () => {
    const analysis = analyzeGoroutineDump(readFileSync('test/fixtures/goroutines/two_panics_at_once_all.txt'));
    const figures = goroutineFigures(analysis.groups, 'two_panics_at_once_all.txt', analysis.total);
    assert.equal(figures.functions.find(f => f.name === 'main.crash')?.title, '2 goroutines · crashed, running');
    assert.equal(figures.lines.find(l => l.line === 11)?.text, '2 goroutines · crashed, running');
  });
});
