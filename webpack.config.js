// Four bundles: the extension host entry, its worker, the CLI (all Node) and the webview (browser).
const path = require('path');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');

const tsRule = { test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } };
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
      entry: { extension: './src/extension.ts', cli: './src/cli.ts', worker: './src/host/worker/analysisWorker.ts' },
      output: { ...common(mode).output, libraryTarget: 'commonjs2' },
      externals: { vscode: 'commonjs vscode' },
      module: { rules: [tsRule] },
      node: { __dirname: false },
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
