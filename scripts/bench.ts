// `npm run bench`: runs every scripts/bench-*.ts in turn (each exports `run(): Promise<void>`
// or does its work on import). `npm run bench -- pprof` runs only the named ones.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter(a => !a.startsWith('-'));
  const benches = readdirSync(__dirname).filter(f => /^bench-.+\.ts$/.test(f)).sort();
  for (const file of benches) {
    const name = file.slice('bench-'.length, -'.ts'.length);
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    console.log(`\n=== bench ${name} ===`);
    const mod = (await import(join(__dirname, file))) as { run?: () => Promise<void> };
    if (typeof mod.run === 'function') await mod.run();
  }
}

main().catch(e => { console.error(e); process.exitCode = 1; });
