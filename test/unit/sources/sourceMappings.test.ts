import assert from 'node:assert/strict';
import {
  applySourceMapping, escapeModulePath, expandMappingTarget, mappingRegex, normalizePath, parseGoModModulePath, unescapeModulePath,
} from '../../../src/core/sources';
import { normalizePathFully } from '../../../src/core/sources/paths';

describe('path helpers', () => {
  it('normalizes Windows separators, repeated slashes and . segments, keeping drive letters and UNC roots', () => {
    assert.equal(normalizePath('C:\\Program Files\\Go\\src\\runtime\\chan.go'), 'C:/Program Files/Go/src/runtime/chan.go');
    assert.equal(normalizePath('/go//src/./k8s.io/x.go'), '/go/src/k8s.io/x.go');
    assert.equal(normalizePath('\\\\server\\share\\x.go'), '//server/share/x.go');
    assert.equal(normalizePath('/srv/mapped/'), '/srv/mapped');
    assert.equal(normalizePath('./main.go'), 'main.go');
  });

  it('leaves a path that is normal already as it is, and normalizes every other the full way', () => {
    // Every path of up to four pieces of these: separators, dots, blanks (ASCII and not), a drive, names.
    const pieces = ['/', '\\', '.', '..', 'a', ' ', '\u00a0', '\ufeff', 'C:', 'x.go', '@v1', '\u00e9'];
    let checked = 0;
    const visit = (path: string, depth: number): void => {
      assert.equal(normalizePath(path), normalizePathFully(path), JSON.stringify(path));
      checked++;
      if (depth < 4) for (const piece of pieces) visit(path + piece, depth + 1);
    };
    visit('', 0);
    assert.ok(checked > 20_000);
  });

  it('escapes module cache paths in both directions', () => {
    assert.equal(escapeModulePath('github.com/Azure/go-autorest'), 'github.com/!azure/go-autorest');
    assert.equal(escapeModulePath('github.com/BurntSushi/toml@v1.0.0-RC1'), 'github.com/!burnt!sushi/toml@v1.0.0-!r!c1');
    assert.equal(unescapeModulePath('github.com/!burnt!sushi/toml'), 'github.com/BurntSushi/toml');
    assert.equal(unescapeModulePath('github.com/Azure/x'), 'github.com/Azure/x', 'plain input is left alone');
  });

  it('reads the module directive of go.mod', () => {
    assert.equal(parseGoModModulePath('// generated\n\nmodule k8s.io/apiserver // comment\n\ngo 1.19\n'), 'k8s.io/apiserver');
    assert.equal(parseGoModModulePath('module "example.com/quoted"\n'), 'example.com/quoted');
    assert.equal(parseGoModModulePath('go 1.19\n'), null);
  });
});

describe('source mappings', () => {
  const vars = { workspaceFolders: ['/home/dev/k8s', '/home/dev/tools'], home: '/home/dev' };

  it('treats /…/ as a regex only when it uses regex operators', () => {
    assert.equal(mappingRegex('/go/src/'), null);
    assert.equal(mappingRegex('/go/src/k8s.io/'), null);
    assert.ok(mappingRegex('/^\\/workspace\\/anago-[^/]+\\//'));
    assert.ok(mappingRegex('/ANAGO-.*?\\//i')?.test('/workspace/anago-v1.30/'), 'the i flag folds case');
    assert.equal(mappingRegex('/[unclosed/'), null, 'an invalid regex is ignored');
  });

  it('expands workspace and home variables', () => {
    assert.deepEqual(expandMappingTarget('${workspaceFolder}/src', vars), ['/home/dev/k8s/src', '/home/dev/tools/src']);
    assert.deepEqual(expandMappingTarget('${workspaceFolder:tools}', vars), ['/home/dev/tools']);
    assert.deepEqual(expandMappingTarget('${workspaceFolder:missing}', vars), []);
    assert.deepEqual(expandMappingTarget('~/go/src', vars), ['/home/dev/go/src']);
    assert.deepEqual(expandMappingTarget('${userHome}/go', vars), ['/home/dev/go']);
    assert.deepEqual(expandMappingTarget('${env:UNKNOWN}/x', vars), [], 'unknown variables never produce a path');
  });

  it('applies prefixes on segment boundaries, case-insensitively for drive letters', () => {
    assert.deepEqual(applySourceMapping('/go/src/k8s.io/x.go', { from: '/go/src/', to: '/src' }, vars), ['/src/k8s.io/x.go']);
    assert.deepEqual(applySourceMapping('/go/srcx/x.go', { from: '/go/src', to: '/src' }, vars), []);
    assert.deepEqual(applySourceMapping('c:\\Build\\app\\main.go', { from: 'C:/build', to: '${workspaceFolder:k8s}' }, vars), ['/home/dev/k8s/app/main.go']);
  });

  it('substitutes regex groups literally', () => {
    assert.deepEqual(applySourceMapping('/workspace/anago-v1.18.4/src/k8s.io/kubernetes/pkg/x.go',
      { from: '/^\\/workspace\\/anago-[^/]+\\/src\\/(k8s\\.io)\\/kubernetes\\//', to: '/mnt/$$share/$1/' }, vars),
    ['/mnt/$$share/k8s.io/pkg/x.go']);
  });
});
