// The standard run() contract of an extensionTestsPath entry: every *.test.js of a folder in one
// Mocha run (the Node lane's index.ts and the web lane's web/index.ts).
import * as path from 'path';
import * as fs from 'fs';
import Mocha from 'mocha';

export function runMochaFiles(dir: string, options: Mocha.MochaOptions): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, reporter: 'spec', ...options });
  for (const f of fs.readdirSync(dir).sort()) {
    if (f.endsWith('.test.js')) mocha.addFile(path.resolve(dir, f));
  }
  return new Promise((resolve, reject) => {
    try {
      mocha.run(failures => (failures > 0 ? reject(new Error(`${failures} tests failed.`)) : resolve()));
    } catch (err) {
      reject(err);
    }
  });
}
