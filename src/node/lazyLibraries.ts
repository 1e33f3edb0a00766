// Stand-ins for fflate and re2js in the CLI bundle (webpack.config.js puts them in place of the
// libraries there): each loads its library on first use. Evaluating both when a command loads cost
// `goprof goroutines FILE` ~30 ms of its start-up (fflate builds its Huffman tables, re2js its
// Unicode tables), and a goroutine dump in plain text needs neither: only gzip input and
// profile.proto input (drop_frames patterns) do. The names here are all the code uses of them.
// In the extension's Node bundles the libraries are files of their own (dist/libraries/, see
// webpack.config.js), so the extension's activation does not even scan them.
/* eslint-disable @typescript-eslint/no-require-imports */
import type * as Fflate from 'fflate';
import type * as Re2js from 're2js';

let fflate: typeof Fflate | undefined;
let re2js: typeof Re2js | undefined;
// The libraries themselves: the bundle replaces `fflate` and `re2js` by this module except here.
// fflate's plain build: its Node build differs only in an async (worker) API nothing here uses.
const loadFflate = (): typeof Fflate => (fflate ??= require('fflate/browser') as typeof Fflate);
const loadRe2js = (): typeof Re2js => (re2js ??= require('re2js') as typeof Re2js);

/** `new Gunzip(…)` makes fflate's own Gunzip (a constructor may return another object). */
export const Gunzip = function Gunzip(...args: unknown[]) {
  return Reflect.construct(loadFflate().Gunzip, args);
} as unknown as typeof Fflate.Gunzip;

export const gzipSync: typeof Fflate.gzipSync = (data, options) => loadFflate().gzipSync(data, options);

/** RE2JS's statics (compile, the flag constants), read from the library when first asked for. */
export const RE2JS = new Proxy({}, {
  get(_target, key) {
    const real = loadRe2js().RE2JS;
    const value: unknown = Reflect.get(real, key);
    return typeof value === 'function' ? value.bind(real) : value;
  },
}) as typeof Re2js.RE2JS;
