// Golden files for the goroutine-dump core: the scanned, grouped and ranked summary of every text
// dump in the corpus and of the dumps of scripts/go/goroutinegen (committed, so tests need no Go).
// Run through `npm run golden -- goroutines`. Regenerate the Go dumps themselves (needs Go) with
// `GOROUTINES_REGENERATE_DUMPS=1 npm run golden -- goroutines`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  CORPUS_DIR, DEMO_DIR, DEMO_GOLDENS, GOLDEN_DIR, goldenName, goldenSummary,
} from '../test/unit/goroutines/goldenSummary';

const root = resolve(__dirname, '..');

function regenerateDemoDumps(): void {
  const cwd = join(root, 'scripts/go/goroutinegen');
  const out = (args: string[], env: NodeJS.ProcessEnv = process.env, stderr = false): string => {
    try {
      return execFileSync('go', ['run', '.', ...args], { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      // -quit dies of SIGQUIT (exit 2) by design; its dump is on stderr.
      if (stderr) return String((e as { stderr?: string }).stderr ?? '');
      throw e;
    }
  };
  writeFileSync(join(root, DEMO_DIR, 'demo_debug2.txt'), out(['-mode', 'demo', '-debug', '2']));
  writeFileSync(join(root, DEMO_DIR, 'demo_debug1.txt'), out(['-mode', 'demo', '-debug', '1']));
  writeFileSync(join(root, DEMO_DIR, 'demo_sigquit.txt'), out(['-mode', 'demo', '-quit'], { ...process.env, GOTRACEBACK: 'system' }, true));
  writeFileSync(join(root, DEMO_DIR, 'demo_log_dumps.txt'), out(['-mode', 'demo', '-dumps', '3']));
  // Without asynchronous preemption the spinners cannot be stopped, so they are on other threads.
  writeFileSync(join(root, DEMO_DIR, 'demo_crash_running.txt'), out(['-mode', 'demo', '-spin', '2', '-quit'],
    { ...process.env, GOTRACEBACK: 'crash', GODEBUG: 'asyncpreemptoff=1', GOMAXPROCS: '4' }, true));
  writeFileSync(join(root, DEMO_DIR, 'demo_panic.txt'), out(['-mode', 'demo', '-panic'], { ...process.env, GOTRACEBACK: 'all' }, true));
  // At GOTRACEBACK=system the runtime's frames are printed too: the panicking goroutine's top frame is `panic`.
  writeFileSync(join(root, DEMO_DIR, 'demo_panic_system.txt'), out(['-mode', 'demo', '-panic'], { ...process.env, GOTRACEBACK: 'system' }, true));
  writeFileSync(join(root, DEMO_DIR, 'demo_repanic.txt'), out(['-mode', 'demo', '-repanic'], process.env, true));
  writeFileSync(join(root, DEMO_DIR, 'demo_fault.txt'), out(['-mode', 'demo', '-fault'], { ...process.env, GOTRACEBACK: 'all' }, true));
  // go test prints the timeout's panic and goroutines on stdout; it fails (exit 1) by design.
  try {
    execFileSync('go', ['test', '-timeout', '2s', '.'], { cwd: join(root, 'scripts/go/testtimeout'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    writeFileSync(join(root, DEMO_DIR, 'demo_test_timeout.txt'), String((e as { stdout?: string }).stdout ?? ''));
  }
  try {
    execFileSync('go', ['test', '-timeout', '2s', './testmain'], { cwd: join(root, 'scripts/go/testtimeout'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    writeFileSync(join(root, DEMO_DIR, 'demo_test_timeout_testmain.txt'), String((e as { stdout?: string }).stdout ?? ''));
  }
  // Really waits a minute: Go prints wait minutes from one minute on.
  writeFileSync(join(root, DEMO_DIR, 'demo_share.txt'), out(['-mode', 'share', '-wait', '61s']));
  writeFileSync(join(root, DEMO_DIR, 'demo_logged_stack.txt'),
    execFileSync('go', ['run', '.'], { cwd: join(root, 'scripts/go/logstack'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  // Without cgo (the net package's resolver), the runtime can tell that every goroutine is asleep.
  writeFileSync(join(root, DEMO_DIR, 'demo_deadlock.txt'), out(['-mode', 'deadlock'], { ...process.env, GOTRACEBACK: 'all', CGO_ENABLED: '0' }, true));
}

export function regenerateGoroutineGoldens(): void {
  if (process.env.GOROUTINES_REGENERATE_DUMPS === '1') regenerateDemoDumps();
  const goldenDir = join(root, GOLDEN_DIR);
  mkdirSync(goldenDir, { recursive: true });
  let written = 0;
  const write = (dir: string, file: string, similarity: 'default' | 'args' | 'exact') => {
    const summary = goldenSummary(new Uint8Array(readFileSync(join(root, dir, file))), similarity);
    writeFileSync(join(goldenDir, goldenName(file, similarity)), JSON.stringify(summary, null, 1) + '\n');
    written++;
  };
  for (const file of readdirSync(join(root, CORPUS_DIR)).filter(f => f.endsWith('.txt')).sort()) write(CORPUS_DIR, file, 'default');
  for (const { file, similarity } of DEMO_GOLDENS) write(DEMO_DIR, file, similarity);
  console.log(`goroutines: ${written} goldens in ${goldenDir}`);
}
