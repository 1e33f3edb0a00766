// demangleSymbol against Go's demangler as pprof calls it (NoParams, NoTemplateParams):
// test/fixtures/pprof/demangle/names.tsv holds its output for a sample of real exported C++
// symbols (libstdc++, LLVM, boost, abseil… of a Debian system), the producer fixtures' names
// and legacy Rust names, written by scripts/go/demangleoracle/run.sh.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demangleSymbol } from '../../../src/core/pprof/demangle';
import { displayFunctionName } from '../../../src/core/pprof/functionNames';
import { repoRoot } from './goldenTop';
import { withinCpu } from '../../hostile/threadCpu';

const rows = readFileSync(join(repoRoot, 'test/fixtures/pprof/demangle/names.tsv'), 'utf8')
  .split('\n').filter(l => l !== '').map(l => l.split('\t') as [string, string]);

const fn = (name: string, systemName: string) => ({ id: 1, name, systemName, filename: '', startLine: 0 });

describe('demangleSymbol: pprof\'s simplified demangling', () => {
  it('agrees with Go\'s demangler on every name it demangles, and demangles almost all of them', () => {
    assert.ok(rows.length > 400);
    let demangled = 0, goDemangled = 0;
    for (const [name, go] of rows) {
      if (go !== name) goDemangled++;
      const ours = demangleSymbol(name);
      if (ours === null) continue;
      demangled++;
      assert.equal(ours, go, name);
    }
    assert.ok(demangled >= goDemangled * 0.95, `${demangled} of ${goDemangled}`);
  });

  it('demangles the names of the producer fixtures and legacy Rust', () => {
    for (const [name, go] of rows) {
      const fixture = /^_ZN(3foo|7leveldb|8tcmalloc|9__gnu_cxx|12_GLOBAL)|^_Z(nwm|dlPv|nam|3max|10free)|17h[0-9a-f]{16}E/.test(name);
      if (fixture) assert.equal(demangleSymbol(name), go, name);
    }
    assert.equal(demangleSymbol('_ZNSt6vectorIiSaIiEE9push_backERKi'), 'std::vector::push_back');
  });

  it('demangles lambdas and other local names, printing the enclosing function\'s parameters as Go does', () => {
    const local = rows.filter(([name]) => name.startsWith('_ZZ'));
    assert.ok(local.length >= 20);
    const demangled = local.filter(([name, go]) => demangleSymbol(name) === go).length;
    assert.ok(demangled >= local.length * 0.8, `${demangled} of ${local.length}`);
    assert.equal(demangleSymbol('_ZZN3foo3Bar3runERKSsENKUliE0_clEi'), 'foo::Bar::run(std::string const&)::{lambda(int)#2}::operator()');
  });

  it('demangles thunks, whose target prints with its parameters', () => {
    const thunks = rows.filter(([name, go]) => /^_ZT[hv]/.test(name) && go !== name);
    assert.ok(thunks.length >= 5);
    for (const [name, go] of thunks) assert.equal(demangleSymbol(name), go, name);
  });

  it('leaves alone what is not a mangled name', () => {
    for (const name of ['main', 'main.main', 'runtime.mallocgc', '_Z', '_Zfoo', 'std::vector<int>::push_back(int const&)', '_ZN3foo', '']) {
      assert.equal(demangleSymbol(name), null, name);
    }
  });

  it('stays linear and bounded on hostile names', () => {
    const hostile = [
      `_ZN${'1aI'.repeat(5000)}`,
      `_Z${'P'.repeat(20000)}i`,
      `_ZN3foo${'IS_'.repeat(4000)}E`,
      `_ZN${'3abc'.repeat(4000)}17h0123456789abcdefE`,
      `_ZN3fooI${'L'.repeat(8000)}EE`,
      // Each component repeats the latest substitution: the printed name would double every few bytes.
      `_ZN1a1bS_1c${Array.from({ length: 3000 }, (_, k) => `S${k.toString(36).toUpperCase()}_1c`).join('')}E`,
      `_ZN1aI${Array.from({ length: 3000 }, (_, k) => (k === 0 ? 'MS_S_' : `MS${(k - 1).toString(36).toUpperCase()}_S${(k - 1).toString(36).toUpperCase()}_`)).join('')}EE`,
    ];
    // Milliseconds of CPU each; a path quadratic in the 16 KiB a name may have would take seconds.
    withinCpu(500, () => { for (const name of hostile) demangleSymbol(name); }, 'demangling the hostile names');
  });
});

describe('displayFunctionName', () => {
  it('demangles a mangled name the producer left as both name and system name', () => {
    assert.equal(displayFunctionName(fn('_ZNK3foo3Bar5valueEv', '_ZNK3foo3Bar5valueEv')), 'foo::Bar::value');
    assert.equal(displayFunctionName(fn('', '_Znwm')), 'operator new');
  });
  it('keeps a name the producer demangled itself (it differs from the system name)', () => {
    assert.equal(displayFunctionName(fn('absl::Mutex::Lock()', '_ZN4absl5Mutex4LockEv')), 'absl::Mutex::Lock()');
  });
  it('simplifies names that are already demangled, as pprof does', () => {
    assert.equal(displayFunctionName(fn('foo::Bar::operator()(int) const', 'foo::Bar::operator()(int) const')), 'foo::Bar::operator const');
    assert.equal(displayFunctionName(fn('<module>', '<module>')), '');
  });
  it('simplifies long names each as its own, however they take turns (the last one is kept)', () => {
    const templated = 'ns::Long<' + 'T,'.repeat(40_000) + 'U>::run(int)';
    const plain = 'main.' + 'x'.repeat(100_000);
    const other = 'main.' + 'x'.repeat(99_999) + 'y';
    for (let round = 0; round < 2; round++) {
      assert.equal(displayFunctionName(fn(templated, templated)), 'ns::Long::run');
      assert.equal(displayFunctionName(fn(plain, plain)), plain);
      assert.equal(displayFunctionName(fn(other, '')), other);
      // A copy of the name, not the same string: the same answer.
      assert.equal(displayFunctionName(fn(templated.slice(0, -1) + ')', templated.slice(0, -1) + ')')), 'ns::Long::run');
    }
  });
});
