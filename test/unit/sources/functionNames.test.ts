import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { findDeclarationForFunction, matchProfileFunctions, parseGoFunctions, parseProfileFunctionName, stripTypeArguments } from '../../../src/core/sources';

const fixtures = path.join(__dirname, '../../fixtures/sources');
const corpus = path.join(__dirname, '../../fixtures/corpus');

describe('parseProfileFunctionName', () => {
  it('splits methods, closures and wrappers', () => {
    assert.deepEqual(parseProfileFunctionName('k8s.io/apiserver/pkg/registry/generic/registry.(*Store).DeleteCollection.func1.2'), {
      packagePath: 'k8s.io/apiserver/pkg/registry/generic/registry', receiver: { type: 'Store', pointer: true },
      name: 'DeleteCollection', nested: ['func1', '2'],
    });
    assert.deepEqual(parseProfileFunctionName('k8s.io/kubernetes/vendor/k8s.io/apiserver/pkg/admission.auditHandler.logAnnotations'), {
      packagePath: 'k8s.io/kubernetes/vendor/k8s.io/apiserver/pkg/admission', receiver: { type: 'auditHandler', pointer: false },
      name: 'logAnnotations', nested: [],
    });
    assert.deepEqual(parseProfileFunctionName('main.main.func3'), { packagePath: 'main', name: 'main', nested: ['func3'] });
    assert.deepEqual(parseProfileFunctionName('fyne.io/fyne/v2/internal/async.NewUnboundedChan[...].gowrap1'),
      { packagePath: 'fyne.io/fyne/v2/internal/async', name: 'NewUnboundedChan', nested: ['gowrap1'] });
    assert.deepEqual(parseProfileFunctionName('fyne.io/fyne/v2/internal/driver/glfw.(*window).mouseClicked-fm')?.name, 'mouseClicked');
    assert.deepEqual(parseProfileFunctionName('main.loadConfig..func1'), { packagePath: 'main', name: 'loadConfig', nested: ['', 'func1'] });
    assert.deepEqual(parseProfileFunctionName('net/http.init.0'), { packagePath: 'net/http', name: 'init', nested: ['0'] });
  });

  it('finds the package end when the last element has a dot', () => {
    assert.deepEqual(parseProfileFunctionName('gopkg.in/yaml.v2.(*decoder).unmarshal'),
      { packagePath: 'gopkg.in/yaml.v2', receiver: { type: 'decoder', pointer: true }, name: 'unmarshal', nested: [] });
    assert.equal(parseProfileFunctionName('github.com/go-gl/glfw/v3.4/glfw.PollEvents')?.packagePath, 'github.com/go-gl/glfw/v3.4/glfw');
    assert.deepEqual(parseProfileFunctionName('gopkg.in/yaml.v2.Unmarshal', 'gopkg.in/yaml.v2'),
      { packagePath: 'gopkg.in/yaml.v2', name: 'Unmarshal', nested: [] }, 'a known package path makes the split exact');
  });

  it('matches a known package path through GOPATH vendor prefixes and rejects other packages', () => {
    const parsed = parseProfileFunctionName('k8s.io/kubernetes/vendor/k8s.io/apiserver/pkg/audit.LogAnnotation', 'k8s.io/apiserver/pkg/audit');
    assert.equal(parsed?.name, 'LogAnnotation');
    assert.equal(parseProfileFunctionName('k8s.io/apiserver/pkg/audit.LogAnnotation', 'k8s.io/apiserver/pkg/auditx'), null);
    assert.equal(parseProfileFunctionName('_cgoexp_aab3bd21ad33_goMouseButtonCB'), null);
  });

  it('strips every generic instantiation in the pyroscope name list', () => {
    const names = readFileSync(path.join(corpus, 'pyro_go_generic_shape_function_names.txt'), 'utf8').split('\n').filter(Boolean);
    assert.ok(names.length > 5);
    for (const name of names) {
      const stripped = stripTypeArguments(name);
      assert.ok(!/[[\]{}; ]/.test(stripped), stripped);
      assert.ok(parseProfileFunctionName(name), name);
    }
    assert.deepEqual(parseProfileFunctionName(names[0]),
      { packagePath: 'github.com/bufbuild/connect-go', receiver: { type: 'Client', pointer: true }, name: 'CallUnary', nested: [] });
  });
});

describe('findDeclarationForFunction', () => {
  const store = parseGoFunctions(readFileSync(path.join(fixtures, 'k8s-workspace/staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go'), 'utf8'));
  const atomicTypes = parseGoFunctions(readFileSync(path.join(fixtures, 'goroot/src/sync/atomic/type.go'), 'utf8'));
  const registry = 'k8s.io/apiserver/pkg/registry/generic/registry';

  it('maps closures and vendored names to the enclosing declaration', () => {
    for (const name of [`${registry}.(*Store).DeleteCollection`, `${registry}.(*Store).DeleteCollection.func1`,
      `${registry}.(*Store).DeleteCollection.func2.1`, `k8s.io/kubernetes/vendor/${registry}.(*Store).DeleteCollection.func1`]) {
      assert.equal(findDeclarationForFunction(store, name, registry)?.line, 15, name);
    }
    assert.equal(findDeclarationForFunction(store, `${registry}.(*Store).delete`, registry)?.line, 52);
  });

  it('maps generic instantiations and shapes', () => {
    assert.equal(findDeclarationForFunction(atomicTypes, 'sync/atomic.(*Pointer[...]).Load', 'sync/atomic')?.line, 50);
    assert.equal(findDeclarationForFunction(atomicTypes, 'sync/atomic.(*Pointer[go.shape.struct { runtime.x [512]uint8 }]).CompareAndSwap', 'sync/atomic')?.line, 59);
  });

  it('does not match other packages, other receivers or missing names', () => {
    assert.equal(findDeclarationForFunction(store, `k8s.io/other.(*Store).DeleteCollection`, registry), null);
    assert.equal(findDeclarationForFunction(store, `${registry}.(*Other).DeleteCollection`, registry), null);
    assert.equal(findDeclarationForFunction(store, `${registry}.DeleteCollection`, registry), null);
    assert.equal(findDeclarationForFunction(store, `${registry}.(*Store).Missing`, registry), null);
  });

  it('falls back from (*T).M to a value-receiver T.M (Go-generated pointer wrapper)', () => {
    const src = parseGoFunctions('package p\n\ntype T int\n\nfunc (T) M() {}\n');
    assert.equal(findDeclarationForFunction(src, 'example.com/p.(*T).M', 'example.com/p')?.line, 5);
  });

  it('uses package main for files of package main, whatever their folder', () => {
    const src = parseGoFunctions('package main\n\nfunc main() {\n\tgo func() {}()\n}\n');
    assert.equal(findDeclarationForFunction(src, 'main.main.func1', 'example.com/cmd/tool')?.line, 3);
  });

  it('groups profile function names by the declaration they run in (for code lenses)', () => {
    const names = [
      `k8s.io/kubernetes/vendor/${registry}.(*Store).DeleteCollection.func1`,
      `${registry}.(*Store).DeleteCollection`,
      `${registry}.(*Store).delete`,
      'runtime.chansend',
      `${registry}.(*Store).Create`,
    ];
    const grouped = matchProfileFunctions(store, registry, names);
    assert.deepEqual([...grouped].map(([decl, fns]) => [decl.name, decl.line, fns]), [
      ['DeleteCollection', 15, [names[0], names[1]]],
      ['delete', 52, [names[2]]],
    ]);
  });
});
