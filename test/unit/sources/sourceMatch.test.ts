import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkSourceMatchesFunction, derivePackagePath, SOURCE_MISMATCH_WARNING, type SourceEnvironment } from '../../../src/core/sources';
import { MemoryFileSystem } from './memoryFileSystem';

const fixtures = path.join(__dirname, '../../fixtures/sources');
const read = (rel: string) => readFileSync(path.join(fixtures, rel), 'utf8');

describe('checkSourceMatchesFunction', () => {
  const chan = read('goroot/src/runtime/chan.go');
  const store = read('k8s-workspace/staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go');

  it('accepts a line inside the named function', () => {
    const check = checkSourceMatchesFunction(chan, 259, 'runtime.chansend', 'runtime');
    assert.equal(check.status, 'match');
    assert.equal(check.declaration?.line, 160);
    assert.equal(checkSourceMatchesFunction(read('goroot/src/sync/mutex.go'), 171, 'sync.(*Mutex).lockSlow', 'sync').status, 'match');
  });

  it('accepts closures of a vendored method at their line', () => {
    const name = 'k8s.io/kubernetes/vendor/k8s.io/apiserver/pkg/registry/generic/registry.(*Store).DeleteCollection.func1';
    assert.equal(checkSourceMatchesFunction(store, 24, name, 'k8s.io/apiserver/pkg/registry/generic/registry').status, 'match');
    assert.equal(checkSourceMatchesFunction(store, 24, name, null).status, 'match', 'works without a package path');
  });

  it('warns when the line is in another function, past the end, or the function is absent', () => {
    for (const [line, fn] of [[259, 'runtime.chanrecv'], [99999, 'runtime.chansend'], [259, 'runtime.noSuchFunction']] as const) {
      const check = checkSourceMatchesFunction(chan, line, fn, 'runtime');
      assert.equal(check.status, 'mismatch', `${fn}:${line}`);
      assert.equal(check.warning, SOURCE_MISMATCH_WARNING);
    }
    assert.equal(checkSourceMatchesFunction(store, 24, 'k8s.io/other/pkg.(*Store).DeleteCollection', 'k8s.io/apiserver/pkg/registry/generic/registry').status,
      'mismatch', 'a function from another package');
  });

  it('says unknown when there is nothing to compare with', () => {
    assert.equal(checkSourceMatchesFunction(chan, 10, 'k8s.io/client-go/pkg/version.glob..func1').status, 'unknown');
    assert.equal(checkSourceMatchesFunction('TEXT runtime·goexit(SB),NOSPLIT|TOPFRAME,$0-0\n', 1, 'runtime.goexit').status, 'unknown');
    assert.equal(checkSourceMatchesFunction(chan, 10, '_cgoexp_aab3bd21ad33_goMouseButtonCB').status, 'unknown');
  });
});

describe('derivePackagePath', () => {
  const ws = '/home/dev/kubernetes';
  const env: SourceEnvironment = { workspaceFolders: [ws], goroot: '/usr/lib/go', goModCache: '/home/dev/go/pkg/mod', gopath: '/home/dev/go:/opt/gopath' };
  const fs = new MemoryFileSystem({
    [`${ws}/go.mod`]: 'module k8s.io/kubernetes\n',
    [`${ws}/staging/src/k8s.io/apiserver/go.mod`]: 'module k8s.io/apiserver\n',
    [`${ws}/pkg/kubelet/kubelet.go`]: '',
  });

  it('derives import paths from vendor/, staging/src/, GOROOT, the module cache, go.mod and GOPATH', async () => {
    const cases: [string, string | null][] = [
      [`${ws}/vendor/github.com/Azure/go-autorest/autorest/sender.go`, 'github.com/Azure/go-autorest/autorest'],
      [`${ws}/staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go`, 'k8s.io/apiserver/pkg/registry/generic/registry'],
      ['/usr/lib/go/src/runtime/chan.go', 'runtime'],
      ['/usr/lib/go/src/vendor/golang.org/x/net/http2/hpack/hpack.go', 'golang.org/x/net/http2/hpack'],
      ['/home/dev/go/pkg/mod/github.com/!azure/go-autorest@v14.2.0+incompatible/autorest/sender.go', 'github.com/Azure/go-autorest/autorest'],
      ['/home/dev/go/pkg/mod/k8s.io/klog/v2@v2.9.0/klog.go', 'k8s.io/klog/v2'],
      [`${ws}/pkg/kubelet/kubelet.go`, 'k8s.io/kubernetes/pkg/kubelet'],
      [`${ws}/main.go`, 'k8s.io/kubernetes'],
      ['/opt/gopath/src/github.com/x/y/z.go', 'github.com/x/y'],
      ['/elsewhere/z.go', null],
    ];
    for (const [file, expected] of cases) assert.equal(await derivePackagePath(file, fs, env), expected, file);
  });

  it('handles Windows paths', async () => {
    const winFs = new MemoryFileSystem({ 'C:/src/app/go.mod': 'module example.com/app\n' });
    const winEnv: SourceEnvironment = { workspaceFolders: ['C:/src/app'], goroot: 'C:\\Program Files\\Go', pathStyle: 'windows' };
    assert.equal(await derivePackagePath('C:/src/app/internal/server/server.go', winFs, winEnv), 'example.com/app/internal/server');
    assert.equal(await derivePackagePath('c:/program files/go/src/net/http/server.go', winFs, winEnv), 'net/http');
  });
});
