// Seven bundles: the extension host entry, its analysis worker, its capture thread, the CLI (all Node); the web extension's
// entry and its Web Worker (dist/web, the browser's web worker extension host: no Node built-ins,
// a Node import fails the build); and the webview (browser).
const path = require('path');
const webpack = require('webpack');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');

const tsRule = { test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } };
// The CLI's command table keeps its `import()`s (TypeScript's commonjs output would turn them into
// require): each command becomes a chunk of its own, which `goprof CMD` alone loads and parses.
const lazyLibraries = path.resolve(__dirname, 'src/node/lazyLibraries.ts');
const commandTableRule = {
  test: /src[\\/]cli[\\/]commands\.ts$/,
  use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'es2020' } } },
};
// fflate and re2js load on first use (src/node/lazyLibraries.ts) in the Node bundles: evaluating them
// at load cost the CLI's start-up, and the extension's activation compiled re2js's 258 KB (its Unicode
// tables) for source mappings most sessions never apply.
const lazyLibrariesPlugin = () => new webpack.NormalModuleReplacementPlugin(/^(?:fflate|re2js)$/, resource => {
  if (!/src[\\/]node[\\/]lazyLibraries\.ts$/.test(resource.contextInfo.issuer)) resource.request = lazyLibraries;
});
// The Node bundles' copies of them (dist/libraries/), required by lazyLibraries.ts alone.
const lazyLibraryFiles = { re2js: 'libraries/re2js', 'fflate/browser': 'libraries/fflate' };
const lazyLibraryExternals = ({ request, contextInfo }, callback) => {
  const file = lazyLibraryFiles[request];
  if (file && /src[\\/]node[\\/]lazyLibraries\.ts$/.test(contextInfo.issuer)) return callback(undefined, `commonjs ./${file}.js`);
  callback();
};
const common = (mode) => ({
  mode,
  devtool: mode === 'production' ? false : 'source-map',
  resolve: { extensions: ['.ts', '.js'] },
  output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js' },
  performance: { hints: false },
});

module.exports = (_env, argv) => {
  const mode = argv.mode || 'production';
  return [
    {
      ...common(mode),
      name: 'node',
      target: 'node20',
      entry: {
        extension: './src/extension.ts', worker: './src/host/worker/analysisWorker.ts', captureWorker: './src/host/capture/captureWorker.ts',
        // The two libraries lazyLibraries.ts loads on first use, as files of their own: inside the
        // extension's bundle V8 still scanned their ~180 KB when the extension activated (the first
        // profile opened), for source mappings and gzip input most activations never use there.
        // (By path: lazyLibrariesPlugin would put the stand-ins in place of a bare `re2js`.)
        ...Object.fromEntries(Object.entries(lazyLibraryFiles).map(([request, file]) => [file, require.resolve(request)])),
      },
      output: { ...common(mode).output, libraryTarget: 'commonjs2' },
      // fflate's Node build differs only in its async (worker) API, which nothing here uses, and
      // loading it loads worker_threads.
      resolve: { ...common(mode).resolve, alias: { fflate$: 'fflate/browser' } },
      externals: [{ vscode: 'commonjs vscode' }, lazyLibraryExternals],
      module: { rules: [tsRule] },
      plugins: [lazyLibrariesPlugin()],
      node: { __dirname: false },
    },
    {
      // The CLI: a short process per command, so what it loads is start-up time. Each command is a
      // chunk of its own, and fflate and re2js load on first use (src/node/lazyLibraries.ts).
      ...common(mode),
      name: 'cli',
      target: 'node20',
      entry: { cli: './src/cli.ts' },
      // A chunk's name carries its content hash: the CLI's code cache (src/cli/codeCache.ts) keys its
      // entries by it. Chunks of earlier builds are removed; the other bundles in dist/ are not touched.
      output: {
        ...common(mode).output, libraryTarget: 'commonjs2', chunkFilename: 'cli-commands/[id].[contenthash:16].js',
        clean: { keep: asset => !asset.startsWith('cli-commands/') },
      },
      module: { rules: [{ oneOf: [commandTableRule, tsRule] }] },
      // terser's default (`reduce_funcs`) puts a function called from one place at that place as a
      // function expression called at once, which makes a new closure on every call: in the scanner's
      // per-line tests that was ~1.3 MB of garbage on the 8.3 MB bench dump. Output in ASCII: V8 holds a
      // source with any other character in two bytes a character (the goroutine chunk, read and wrapped
      // at every start: ~1.1 MB more peak RSS). Passes as webpack's default.
      optimization: { minimizeOptions: { javascript: { compress: { passes: 2, reduce_funcs: false }, format: { ascii_only: true } } } },
      plugins: [
        // The package's bin (`goprof`): `npm install -g` links it as an executable, which needs its interpreter line.
        new webpack.BannerPlugin({ banner: '#!/usr/bin/env node', raw: true, entryOnly: true }),
        new webpack.DefinePlugin({ COMMAND_CHUNKS: 'true' }),
        lazyLibrariesPlugin(),
      ],
      node: { __dirname: false },
    },
    {
      ...common(mode),
      name: 'web-extension',
      target: 'webworker',
      entry: {
        extension: { import: './src/extension.web.ts', library: { type: 'commonjs' } },
        worker: './src/host/worker/analysisWorker.web.ts',
      },
      output: { ...common(mode).output, path: path.resolve(__dirname, 'dist', 'web') },
      resolve: { ...common(mode).resolve, mainFields: ['browser', 'module', 'main'], fallback: {} },
      externals: { vscode: 'commonjs vscode' },
      module: { rules: [tsRule] },
    },
    {
      ...common(mode),
      name: 'webview',
      target: 'web',
      entry: { webview: './webview-ui/src/main.ts' },
      module: {
        rules: [
          { test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: path.resolve(__dirname, 'webview-ui/tsconfig.json') } } },
          { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
        ],
      },
      plugins: [new MiniCssExtractPlugin({ filename: '[name].css' })],
    },
  ];
};
