import assert from 'node:assert/strict';
import { SourcePathResolver, moduleCacheDir, type SourceEnvironment, type SourceResolution } from '../../../src/core/sources';
import { MemoryFileSystem } from './memoryFileSystem';

const ws = '/home/dev/kubernetes';
const modcache = '/home/dev/go/pkg/mod';
const goroot = '/usr/lib/go';

const files: Record<string, string> = {
  [`${ws}/go.mod`]: 'module k8s.io/kubernetes\n\ngo 1.19\n',
  [`${ws}/staging/src/k8s.io/apiserver/go.mod`]: '// generated\nmodule k8s.io/apiserver\n',
  [`${ws}/staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go`]: '',
  // In a Kubernetes checkout this is a symlink into staging; the file system follows it.
  [`${ws}/vendor/k8s.io/apiserver/pkg/registry/generic/registry/store.go`]: '',
  [`${ws}/vendor/github.com/Azure/go-autorest/autorest/sender.go`]: '',
  [`${ws}/vendor/golang.org/x/net/http2/hpack/hpack.go`]: '',
  [`${ws}/vendor/k8s.io/klog/v2/go.mod`]: 'module k8s.io/klog/v2\n',
  [`${ws}/staging/src/k8s.io/client-go/go.mod`]: 'module k8s.io/client-go\n',
  [`${ws}/staging/src/k8s.io/client-go/tools/cache/reflector.go`]: '',
  [`${ws}/pkg/kubelet/kubelet.go`]: '',
  [`${ws}/pkg/controller/util/helpers.go`]: '',
  [`${ws}/pkg/scheduler/util/helpers.go`]: '',
  [`${ws}/cmd/kube-apiserver/app/server.go`]: '',
  [`${modcache}/github.com/!azure/go-autorest@v14.2.0+incompatible/autorest/sender.go`]: '',
  [`${modcache}/k8s.io/klog/v2@v2.9.0/klog.go`]: '',
  [`${modcache}/github.com/!burnt!sushi/toml@v1.0.0-!r!c1/decode.go`]: '',
  [`${goroot}/src/runtime/chan.go`]: '',
  [`${goroot}/src/vendor/golang.org/x/net/http2/hpack/hpack.go`]: '',
  '/srv/mapped/app/main.go': '',
  '/home/dev/other/app/main.go': '',
};

function resolverFor(env: Partial<SourceEnvironment> = {}, fs = new MemoryFileSystem(files, [ws])) {
  return new SourcePathResolver(fs, { workspaceFolders: [ws], goroot, goModCache: modcache, ...env });
}

async function resolve(path: string, env: Partial<SourceEnvironment> = {}): Promise<Pick<SourceResolution, 'resolved' | 'rule'>> {
  const r = await resolverFor(env).resolve(path);
  assert.equal(r.file, path, 'the profile path is reported as written');
  return { resolved: r.resolved, rule: r.rule };
}

describe('SourcePathResolver', () => {
  describe('mapping rule', () => {
    it('rewrites a prefix mapping and expands ${workspaceFolder}', async () => {
      assert.deepEqual(await resolve('/build/app/main.go', { mappings: [{ from: '/build/', to: '/srv/mapped' }] }),
        { resolved: '/srv/mapped/app/main.go', rule: 'mapping' });
      assert.deepEqual(await resolve('/workspace/anago-v1.18.4/src/k8s.io/kubernetes/pkg/kubelet/kubelet.go',
        { mappings: [{ from: '/workspace/anago-v1.18.4/src/k8s.io/kubernetes', to: '${workspaceFolder}' }] }),
      { resolved: `${ws}/pkg/kubelet/kubelet.go`, rule: 'mapping' });
    });

    it('applies a /regex/ mapping with capture groups', async () => {
      const mappings = [{ from: '/^\\/workspace\\/anago-[^/]+\\/src\\/k8s\\.io\\/kubernetes\\/(pkg|cmd)\\//', to: '${workspaceFolder}/$1/' }];
      assert.deepEqual(await resolve('/workspace/anago-v1.18.4-rc.0.49+6c1b1f2b2a3e4f/src/k8s.io/kubernetes/pkg/kubelet/kubelet.go', { mappings }),
        { resolved: `${ws}/pkg/kubelet/kubelet.go`, rule: 'mapping' });
    });

    it('tries ${workspaceFolder} in every folder and ${workspaceFolder:name} in the named one', async () => {
      const env = { workspaceFolders: ['/home/dev/other', ws] };
      assert.deepEqual(await resolve('/ci/pkg/kubelet/kubelet.go', { ...env, mappings: [{ from: '/ci', to: '${workspaceFolder}' }] }),
        { resolved: `${ws}/pkg/kubelet/kubelet.go`, rule: 'mapping' });
      assert.deepEqual(await resolve('/ci/app/main.go', { ...env, mappings: [{ from: '/ci', to: '${workspaceFolder:other}' }] }),
        { resolved: '/home/dev/other/app/main.go', rule: 'mapping' });
    });

    it('falls through to the other rules when the mapped file does not exist', async () => {
      assert.deepEqual(await resolve('/usr/local/go/src/runtime/chan.go', { mappings: [{ from: '/usr/local/go', to: '/nowhere' }] }),
        { resolved: `${goroot}/src/runtime/chan.go`, rule: 'goroot' });
    });

    it('wins over an existing exact path, which is used when the mapped file is missing', async () => {
      const mappings = [{ from: ws, to: '/srv/mapped' }];
      assert.deepEqual(await resolve(`${ws}/pkg/kubelet/kubelet.go`, { mappings }),
        { resolved: `${ws}/pkg/kubelet/kubelet.go`, rule: 'exact' });
      const fs = new MemoryFileSystem({ ...files, '/srv/mapped/pkg/kubelet/kubelet.go': '' }, [ws]);
      const r = await resolverFor({ mappings }, fs).resolve(`${ws}/pkg/kubelet/kubelet.go`);
      assert.deepEqual([r.resolved, r.rule], ['/srv/mapped/pkg/kubelet/kubelet.go', 'mapping']);
    });
  });

  describe('exact rule', () => {
    it('takes an absolute path that exists as is', async () => {
      assert.deepEqual(await resolve(`${ws}/vendor/github.com/Azure/go-autorest/autorest/sender.go`),
        { resolved: `${ws}/vendor/github.com/Azure/go-autorest/autorest/sender.go`, rule: 'exact' });
    });

    it('never treats a drive-letter path as a local path on POSIX, nor a POSIX path on Windows', async () => {
      const fs = new MemoryFileSystem({ 'C:/src/app/main.go': '', '/usr/lib/go/src/runtime/chan.go': '' });
      const posix = await new SourcePathResolver(fs, { workspaceFolders: [] }).resolve('C:/src/app/main.go');
      assert.equal(posix.resolved, null);
      const windows = new SourcePathResolver(fs, { workspaceFolders: [], pathStyle: 'windows' });
      assert.deepEqual((await windows.resolve('C:\\src\\app\\main.go')).resolved, 'C:/src/app/main.go');
      assert.equal((await windows.resolve('/usr/lib/go/src/runtime/chan.go')).resolved, null);
    });
  });

  describe('vendor and staging rules', () => {
    it('maps a dockerized GOPATH vendor path to <ws>/vendor', async () => {
      assert.deepEqual(await resolve('/go/src/k8s.io/kubernetes/_output/dockerized/go/src/k8s.io/kubernetes/vendor/github.com/Azure/go-autorest/autorest/sender.go'),
        { resolved: `${ws}/vendor/github.com/Azure/go-autorest/autorest/sender.go`, rule: 'vendor' });
    });

    it('prefers staging/src over the vendor symlink for Kubernetes staging modules', async () => {
      assert.deepEqual(await resolve('/go/src/k8s.io/kubernetes/_output/dockerized/go/src/k8s.io/kubernetes/vendor/k8s.io/apiserver/pkg/registry/generic/registry/store.go'),
        { resolved: `${ws}/staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go`, rule: 'staging' });
    });

    it('handles release-build (anago) paths', async () => {
      assert.deepEqual(await resolve('/workspace/anago-v1.18.4-rc.0.49+6c1b1f2b2a3e4f/src/k8s.io/kubernetes/_output/dockerized/go/src/k8s.io/kubernetes/vendor/k8s.io/apiserver/pkg/registry/generic/registry/store.go'),
        { resolved: `${ws}/staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go`, rule: 'staging' });
    });

    it('maps a staging/src build path and a trimpath vendor path', async () => {
      assert.deepEqual(await resolve('/home/builder/kubernetes/staging/src/k8s.io/client-go/tools/cache/reflector.go'),
        { resolved: `${ws}/staging/src/k8s.io/client-go/tools/cache/reflector.go`, rule: 'staging' });
      assert.deepEqual(await resolve('k8s.io/kubernetes/vendor/github.com/Azure/go-autorest/autorest/sender.go'),
        { resolved: `${ws}/vendor/github.com/Azure/go-autorest/autorest/sender.go`, rule: 'vendor' });
    });

    it('leaves the standard library\'s own vendor tree to GOROOT', async () => {
      const expected = { resolved: `${goroot}/src/vendor/golang.org/x/net/http2/hpack/hpack.go`, rule: 'goroot' };
      assert.deepEqual(await resolve('/usr/local/go/src/vendor/golang.org/x/net/http2/hpack/hpack.go'), expected);
      assert.deepEqual(await resolve('vendor/golang.org/x/net/http2/hpack/hpack.go'), expected);
    });
  });

  describe('module cache rule', () => {
    it('maps another machine\'s module cache path, keeping the !x escapes', async () => {
      assert.deepEqual(await resolve('/root/go/pkg/mod/github.com/!azure/go-autorest@v14.2.0+incompatible/autorest/sender.go'),
        { resolved: `${modcache}/github.com/!azure/go-autorest@v14.2.0+incompatible/autorest/sender.go`, rule: 'modcache' });
    });

    it('escapes upper case in trimpath module paths and versions', async () => {
      assert.deepEqual(await resolve('github.com/Azure/go-autorest@v14.2.0+incompatible/autorest/sender.go'),
        { resolved: `${modcache}/github.com/!azure/go-autorest@v14.2.0+incompatible/autorest/sender.go`, rule: 'modcache' });
      assert.deepEqual(await resolve('github.com/BurntSushi/toml@v1.0.0-RC1/decode.go'),
        { resolved: `${modcache}/github.com/!burnt!sushi/toml@v1.0.0-!r!c1/decode.go`, rule: 'modcache' });
      assert.deepEqual(await resolve('k8s.io/klog/v2@v2.9.0/klog.go'),
        { resolved: `${modcache}/k8s.io/klog/v2@v2.9.0/klog.go`, rule: 'modcache' });
    });

    it('reads Windows module cache paths with either slash', async () => {
      const expected = { resolved: `${modcache}/github.com/!azure/go-autorest@v14.2.0+incompatible/autorest/sender.go`, rule: 'modcache' };
      assert.deepEqual(await resolve('C:\\Users\\dev\\go\\pkg\\mod\\github.com\\!azure\\go-autorest@v14.2.0+incompatible\\autorest\\sender.go'), expected);
      assert.deepEqual(await resolve('C:/Users/dev/go/pkg/mod/github.com/!azure/go-autorest@v14.2.0+incompatible/autorest/sender.go'), expected);
    });

    it('finds the module start without pkg/mod in a custom cache location', async () => {
      assert.deepEqual(await resolve('/var/cache/gomod/k8s.io/klog/v2@v2.9.0/klog.go'),
        { resolved: `${modcache}/k8s.io/klog/v2@v2.9.0/klog.go`, rule: 'modcache' });
    });

    it('defaults the cache to GOMODCACHE, else the first GOPATH entry, else ~/go', () => {
      assert.equal(moduleCacheDir({ workspaceFolders: [], goModCache: '/c', gopath: '/g', home: '/h' }), '/c');
      assert.equal(moduleCacheDir({ workspaceFolders: [], gopath: '/g1:/g2', home: '/h' }), '/g1/pkg/mod');
      assert.equal(moduleCacheDir({ workspaceFolders: [], gopath: 'C:\\go;D:\\go', pathStyle: 'windows' }), 'C:/go/pkg/mod');
      assert.equal(moduleCacheDir({ workspaceFolders: [], home: '/home/dev' }), '/home/dev/go/pkg/mod');
      assert.equal(moduleCacheDir({ workspaceFolders: [] }), null);
    });
  });

  describe('workspace module rule', () => {
    it('maps module@version to a workspace folder whose go.mod declares the module (in a subdirectory)', async () => {
      assert.deepEqual(await resolve('k8s.io/apiserver@v0.18.4/pkg/registry/generic/registry/store.go'),
        { resolved: `${ws}/staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go`, rule: 'module' });
    });

    it('finds the module path inside GOPATH-era build paths and trimpath main-module paths', async () => {
      const expected = { resolved: `${ws}/pkg/kubelet/kubelet.go`, rule: 'module' };
      assert.deepEqual(await resolve('/go/src/k8s.io/kubernetes/_output/dockerized/go/src/k8s.io/kubernetes/pkg/kubelet/kubelet.go'), expected);
      assert.deepEqual(await resolve('k8s.io/kubernetes/pkg/kubelet/kubelet.go'), expected);
      assert.deepEqual(await resolve('D:/a/kubernetes/src/k8s.io/kubernetes/pkg/kubelet/kubelet.go'), expected);
    });

    it('ignores go.mod files inside vendor/', async () => {
      assert.deepEqual(await resolve('k8s.io/klog/v2/klog.go', { goModCache: '/empty' }), { resolved: null, rule: null });
    });
  });

  describe('GOROOT rule', () => {
    it('maps any …/src/<std package>/… path and the trimpath form to the local GOROOT', async () => {
      const expected = { resolved: `${goroot}/src/runtime/chan.go`, rule: 'goroot' };
      for (const path of ['/usr/local/go/src/runtime/chan.go', 'runtime/chan.go', 'C:/Program Files/Go/src/runtime/chan.go',
        'c:\\go\\src\\runtime\\chan.go', '/opt/homebrew/Cellar/go/1.22.1/libexec/src/runtime/chan.go', '$GOROOT/src/runtime/chan.go']) {
        assert.deepEqual(await resolve(path), expected, path);
      }
    });

    it('needs a GOROOT and does not take GOPATH domains for std packages', async () => {
      assert.deepEqual(await resolve('/usr/local/go/src/runtime/chan.go', { goroot: undefined }), { resolved: null, rule: null });
      const fs = new MemoryFileSystem({ [`${goroot}/src/github.com/x/y/z.go`]: '' });
      const r = await new SourcePathResolver(fs, { workspaceFolders: [], goroot }).resolve('/go/src/github.com/x/y/z.go');
      assert.equal(r.rule, null);
    });
  });

  describe('suffix rule', () => {
    it('takes the one workspace file sharing the longest path suffix', async () => {
      assert.deepEqual(await resolve('/tmp/build-4711/cmd/kube-apiserver/app/server.go'),
        { resolved: `${ws}/cmd/kube-apiserver/app/server.go`, rule: 'suffix' });
    });

    it('finds the file of a dump built under a folder whose name was not UTF-8 (a Latin-1 é kept as its escape)', async () => {
      // core/byteEscapes.ts: the byte 0xE9 read as U+DCE9. No file of this machine is named so; its tail is.
      assert.deepEqual(await resolve('/home/jos\udce9/build/cmd/kube-apiserver/app/server.go'),
        { resolved: `${ws}/cmd/kube-apiserver/app/server.go`, rule: 'suffix' });
    });

    it('reports ambiguity instead of guessing', async () => {
      const r = await resolverFor().resolve('/src/util/helpers.go');
      assert.deepEqual(r, { file: '/src/util/helpers.go', resolved: null, rule: null,
        ambiguous: [`${ws}/pkg/controller/util/helpers.go`, `${ws}/pkg/scheduler/util/helpers.go`] });
      const longer = await resolverFor().resolve('/x/pkg/scheduler/util/helpers.go');
      assert.deepEqual([longer.resolved, longer.rule], [`${ws}/pkg/scheduler/util/helpers.go`, 'suffix']);
    });

    it('needs a folder and the base name to match unless told otherwise', async () => {
      assert.deepEqual(await resolve('/elsewhere/kubelet.go'), { resolved: null, rule: null });
      assert.deepEqual(await resolve('/elsewhere/kubelet.go', { minSuffixSegments: 1 }), { resolved: `${ws}/pkg/kubelet/kubelet.go`, rule: 'suffix' });
    });
  });

  it('resolves pseudo-files and unknown paths to null', async () => {
    for (const path of ['<autogenerated>', '', '?', '/nowhere/at/all.go']) {
      assert.deepEqual(await resolve(path), { resolved: null, rule: null }, path);
    }
  });

  it('works with Windows workspace folders', async () => {
    const winWs = 'C:/src/kubernetes';
    const fs = new MemoryFileSystem({
      [`${winWs}/vendor/github.com/Azure/go-autorest/autorest/sender.go`]: '',
      [`${winWs}/pkg/kubelet/kubelet.go`]: '',
      'C:/Program Files/Go/src/runtime/chan.go': '',
    }, [winWs]);
    const resolver = new SourcePathResolver(fs, { workspaceFolders: [winWs], goroot: 'C:\\Program Files\\Go', pathStyle: 'windows' });
    assert.equal((await resolver.resolve('/go/src/k8s.io/kubernetes/vendor/github.com/Azure/go-autorest/autorest/sender.go')).resolved,
      `${winWs}/vendor/github.com/Azure/go-autorest/autorest/sender.go`);
    assert.deepEqual(await resolver.resolve('/usr/local/go/src/runtime/chan.go'),
      { file: '/usr/local/go/src/runtime/chan.go', resolved: 'C:/Program Files/Go/src/runtime/chan.go', rule: 'goroot' });
    assert.deepEqual(await resolver.resolve('C:\\src\\kubernetes\\pkg\\kubelet\\kubelet.go'),
      { file: 'C:\\src\\kubernetes\\pkg\\kubelet\\kubelet.go', resolved: `${winWs}/pkg/kubelet/kubelet.go`, rule: 'exact' });
  });

  it('caches results and file checks until clearCache', async () => {
    const fs = new MemoryFileSystem(files, [ws]);
    const resolver = resolverFor({}, fs);
    const path = '/go/src/k8s.io/kubernetes/_output/dockerized/go/src/k8s.io/kubernetes/pkg/kubelet/kubelet.go';
    const first = await resolver.resolve(path);
    const stats = fs.statCalls, searches = fs.searchCalls;
    assert.ok(stats > 0 && searches === 1, 'go.mod files are searched once');
    assert.equal(await resolver.resolve(path), first);
    await resolver.resolve('k8s.io/kubernetes/pkg/kubelet/kubelet.go');
    assert.equal(fs.searchCalls, 1, 'the module index is reused');
    assert.equal(fs.statCalls, stats, 'the same candidate is not stat-ed twice');
    resolver.clearCache();
    await resolver.resolve(path);
    assert.equal(fs.searchCalls, 2);
    assert.deepEqual((await resolver.resolveAll([path, '<autogenerated>'])).map(r => r.rule), ['module', null]);
  });

  describe('on a file system that looks paths up as written', () => {
    const walking = (): MemoryFileSystem => Object.assign(new MemoryFileSystem(files, [ws]), { walksPathsAsWritten: true });

    it('answers as a file system that does not, for every rule', async () => {
      const paths = [
        `${ws}/pkg/kubelet/kubelet.go`, '/go/src/k8s.io/kubernetes/vendor/github.com/Azure/go-autorest/autorest/sender.go',
        '/go/src/k8s.io/kubernetes/_output/dockerized/go/src/k8s.io/kubernetes/vendor/k8s.io/apiserver/pkg/registry/generic/registry/store.go',
        '/root/go/pkg/mod/github.com/!azure/go-autorest@v14.2.0+incompatible/autorest/sender.go', 'k8s.io/klog/v2@v2.9.0/klog.go',
        'github.com/BurntSushi/toml@v1.0.0-RC1/decode.go', '/home/builder/kubernetes/staging/src/k8s.io/client-go/tools/cache/reflector.go',
        '/usr/local/go/src/runtime/chan.go', '/usr/local/go/src/vendor/golang.org/x/net/http2/hpack/hpack.go', '/x/pkg/scheduler/util/helpers.go',
        '/elsewhere/kubelet.go', '/tmp/build-4711/cmd/kube-apiserver/app/server.go', `${ws}/pkg/../pkg/kubelet/kubelet.go`, `${ws}/nowhere/../go.mod`,
        '<autogenerated>', '/usr/lib/go/src/runtime/chan.go', '/usr/lib/go/src/runtime/missing.go',
      ];
      const env = { mappings: [{ from: '/build/', to: '/srv/mapped' }] };
      const plain = await resolverFor(env).resolveAll([...paths, '/build/app/main.go']);
      const walked = await resolverFor(env, walking()).resolveAll([...paths, '/build/app/main.go']);
      assert.deepEqual(walked, plain);
      assert.ok(plain.filter(r => r.resolved !== null).length >= 10, 'most paths resolve');
    });

    it('answers from the workspace index at hand as from its search, without a search per file', async () => {
      const paths = [
        '/x/pkg/scheduler/util/helpers.go', '/elsewhere/kubelet.go', '/tmp/build-4711/cmd/kube-apiserver/app/server.go',
        '/x/util/helpers.go', `${ws}/pkg/kubelet/kubelet.go`, '/usr/lib/go/src/runtime/missing.go', 'k8s.io/klog/v2@v2.9.0/klog.go',
      ];
      const searched = await resolverFor({}, walking()).resolveAll(paths);
      const fs = walking().withIndexAtHand();
      const atHand = await resolverFor({}, fs).resolveAll(paths);
      assert.deepEqual(atHand, searched);
      assert.ok(searched.some(r => r.rule === 'suffix') && searched.some(r => r.ambiguous), 'the suffix rule finds one file and reports an ambiguity');
      assert.equal(fs.searchCalls, 1, 'searched once, for the go.mod files');
      assert.ok(fs.searchesAtHand >= 4);
    });

    it('checks a folder that is not there once, not each file under it', async () => {
      const fs = walking();
      const paths = Array.from({ length: 10_000 }, (_, i) => `/home/u/go/pkg/mod/example.com/m${i}@v1.0.0/${'../'.repeat(i % 3)}f${i}.go`);
      const resolved = await resolverFor({}, fs).resolveAll(paths);
      assert.equal(resolved.filter(r => r.resolved !== null).length, 0);
      // Every path is tried as written and under the module cache: two candidates each, 20,000 checks before.
      assert.ok(fs.statCalls < 200, `${fs.statCalls} file checks for 10,000 files under missing folders`);
    });
  });
});
