import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseGoFunctions, qualifiedFunctionName, symbolPackagePath, type GoFuncDecl } from '../../../src/core/sources';

const fixtures = path.join(__dirname, '../../fixtures/sources');
const read = (rel: string) => readFileSync(path.join(fixtures, rel), 'utf8');

function summary(d: GoFuncDecl): string {
  const recv = d.receiver ? `${d.receiver.pointer ? '*' : ''}${d.receiver.type} ` : '';
  return `${recv}${d.name} ${d.line}-${d.endLine}`;
}

// Expected lines below were checked against go/parser (ast.FuncDecl positions) for these files.
describe('parseGoFunctions', () => {
  it('finds every declaration in Go 1.19 sync/mutex.go with exact lines', () => {
    const parsed = parseGoFunctions(read('goroot/src/sync/mutex.go'));
    assert.equal(parsed.packageName, 'sync');
    assert.deepEqual(parsed.functions.map(summary), [
      'throw 20-20', 'fatal 21-21', '*Mutex Lock 81-91', '*Mutex TryLock 98-115', '*Mutex lockSlow 117-204',
      '*Mutex Unlock 212-225', '*Mutex unlockSlow 227-259',
    ]);
    assert.equal(parsed.functions[0].hasBody, false, 'linkname stubs have no body');
  });

  it('finds runtime/chan.go functions and methods', () => {
    const parsed = parseGoFunctions(read('goroot/src/runtime/chan.go'));
    assert.equal(parsed.packageName, 'runtime');
    assert.equal(parsed.functions.length, 30);
    const byName = new Map(parsed.functions.map(d => [d.receiver ? `${d.receiver.type}.${d.name}` : d.name, summary(d)]));
    assert.equal(byName.get('chansend1'), 'chansend1 144-146');
    assert.equal(byName.get('chansend'), 'chansend 160-286');
    assert.equal(byName.get('chanrecv'), 'chanrecv 457-599');
    assert.equal(byName.get('waitq.dequeue'), '*waitq dequeue 770-800');
    assert.equal(byName.get('hchan.raceaddr'), '*hchan raceaddr 802-809');
  });

  it('strips type parameters from generic receivers (sync/atomic/type.go)', () => {
    const pointerMethods = parseGoFunctions(read('goroot/src/sync/atomic/type.go')).functions.filter(d => d.receiver?.type === 'Pointer');
    assert.deepEqual(pointerMethods.map(summary), ['*Pointer Load 50-50', '*Pointer Store 53-53', '*Pointer Swap 56-56', '*Pointer CompareAndSwap 59-61']);
  });

  it('skips strings, raw strings, runes, comments, func literals and func types', () => {
    const parsed = parseGoFunctions(read('parser/tricky.go'));
    assert.deepEqual(parsed.functions.map(summary), [
      'HandlerFunc Serve 13-13', 'braces 15-25', '*Tree Insert 31-35', 'Map 37-43', 'empty 45-47', 'anon 49-49',
      'stub 51-51', 'multi 53-63', 'Tree valueRecv 65-65', '*Tree blank 67-67', 'ünicode 69-69',
    ]);
    assert.equal(parsed.functions.find(d => d.name === 'stub')?.hasBody, false);
  });

  it('survives unterminated input', () => {
    const parsed = parseGoFunctions('package p\n\nfunc open() {\n\tif x {\n');
    assert.deepEqual(parsed.functions.map(summary), ['open 3-4']);
    assert.deepEqual(parseGoFunctions('').functions, []);
  });

  it('builds pprof-style qualified names', () => {
    const [deleteCollection] = parseGoFunctions(read('k8s-workspace/staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go')).functions;
    assert.equal(qualifiedFunctionName(deleteCollection, 'k8s.io/apiserver/pkg/registry/generic/registry'),
      'k8s.io/apiserver/pkg/registry/generic/registry.(*Store).DeleteCollection');
    assert.equal(qualifiedFunctionName({ name: 'Serve', receiver: { type: 'HandlerFunc', pointer: false } }, 'net/http'), 'net/http.HandlerFunc.Serve');
    assert.equal(qualifiedFunctionName({ name: 'chansend' }, 'runtime'), 'runtime.chansend');
  });

  it('names symbols of package main and external test packages as the linker does', () => {
    assert.equal(symbolPackagePath('main', 'example.com/cmd/tool'), 'main');
    assert.equal(symbolPackagePath('http_test', 'net/http'), 'net/http_test');
    assert.equal(symbolPackagePath('http', 'net/http'), 'net/http');
  });
});
