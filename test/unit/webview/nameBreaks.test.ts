import * as assert from 'assert';
import { nameBreakOffsets } from '../../../webview-ui/src/common/nameBreaks';

/** The name cut at its break offsets, as a narrow column may show it line by line. */
function pieces(name: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const offset of nameBreakOffsets(name)) { out.push(name.slice(start, offset)); start = offset; }
  out.push(name.slice(start));
  return out;
}

describe('nameBreakOffsets: where a function name may wrap in a narrow column', () => {
  it('breaks after dots and between the words of an identifier, never inside a word', () => {
    assert.deepStrictEqual(pieces('registry.(*Store).DeleteCollection.func1'), ['registry.', '(*Store).', 'Delete', 'Collection.', 'func1']);
    assert.deepStrictEqual(pieces('cacher.(*watchCache).WaitUntilFreshAndGet'), ['cacher.', '(*watch', 'Cache).', 'Wait', 'Until', 'Fresh', 'And', 'Get']);
  });

  it('keeps an acronym whole and starts the next word at its last capital', () => {
    assert.deepStrictEqual(pieces('http.(*HTTPServer).ServeHTTP'), ['http.', '(*HTTP', 'Server).', 'Serve', 'HTTP']);
    assert.deepStrictEqual(pieces('net.ListenTCP2Addr'), ['net.', 'Listen', 'TCP2', 'Addr']);
  });

  it('breaks after a package path\'s slashes and underscores, not between repeated separators', () => {
    assert.deepStrictEqual(pieces('k8s.io/apiserver/pkg.run_loop'), ['k8s.', 'io/', 'apiserver/', 'pkg.', 'run_', 'loop']);
    assert.deepStrictEqual(pieces('main.f...'), ['main.', 'f...']);
    assert.deepStrictEqual(pieces('a//b'), ['a//', 'b']);
  });

  it('gives a name of one word, an empty name and separators at the ends no break', () => {
    assert.deepStrictEqual(nameBreakOffsets('main'), []);
    assert.deepStrictEqual(nameBreakOffsets(''), []);
    assert.deepStrictEqual(nameBreakOffsets('.'), []);
    assert.deepStrictEqual(nameBreakOffsets('main.'), []);
  });

  it('joins back to the name whatever it is given', () => {
    for (const name of ['x.Y', 'ÄÖ.Üx', 'go.shape.[]uint8', 'pkg.Map[go.shape.string,go.shape.int].Load', 'runtime.goexit']) {
      assert.strictEqual(pieces(name).join(''), name);
    }
  });
});
