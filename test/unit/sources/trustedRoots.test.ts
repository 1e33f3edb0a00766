// Which local files "open source" opens without asking.
import assert from 'node:assert/strict';
import { isInsideTrustedRoots, toolchainSourceRoots, trustedSourceRoots } from '../../../src/core/sources';
import { withoutDotDot } from '../../../src/core/sources/trustedRoots';

describe('trusted source roots', () => {
  const env = {
    workspaceFolders: ['/home/dev/k8s'], goroot: '/usr/lib/go', home: '/home/dev',
    mappings: [{ from: '/build/', to: '/srv/src' }, { from: '/^\\/ci\\/(\\w+)\\//', to: '/srv/ci/$1/' }],
  };
  const roots = trustedSourceRoots(env);

  it('are the workspace folders, GOROOT, the module cache and the mapped folders', () => {
    assert.deepEqual(roots, ['/home/dev/k8s', '/usr/lib/go', '/home/dev/go/pkg/mod', '/srv/src', '/srv/ci']);
  });

  it("of which the toolchain's, trusted with their own links (a Debian GOROOT's src), are GOROOT and the module cache", () => {
    assert.deepEqual(toolchainSourceRoots(env), ['/usr/lib/go', '/home/dev/go/pkg/mod']);
    assert.deepEqual(toolchainSourceRoots({ workspaceFolders: ['/w'] }), []);
  });

  it('let files inside open, not files outside or climbing out with ..', () => {
    assert.ok(isInsideTrustedRoots('/home/dev/k8s/pkg/a.go', roots));
    assert.ok(isInsideTrustedRoots('/usr/lib/go/src/runtime/proc.go', roots));
    assert.ok(isInsideTrustedRoots('/home/dev/go/pkg/mod/k8s.io/api@v0.30.0/x.go', roots));
    assert.ok(isInsideTrustedRoots('/srv/ci/job1/main.go', roots));
    assert.ok(!isInsideTrustedRoots('/home/dev/.ssh/config', roots));
    assert.ok(!isInsideTrustedRoots('/home/dev/k8s/../.ssh/config', roots));
    assert.ok(!isInsideTrustedRoots('/home/dev/k8s-other/a.go', roots));
    assert.ok(!isInsideTrustedRoots('/../../etc/passwd', roots));
    assert.equal(withoutDotDot('/a/b/../c'), '/a/c');
  });
});
