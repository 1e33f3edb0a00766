// Golden files for `goprof list`: `go tool pprof -list` on profiles whose sources are in this
// repository (the pprofgen program, the kube-apiserver sample laid out like Kubernetes) or in
// GOROOT, saved verbatim with the `goprof` arguments that must print the same. A case whose
// source pprof cannot find keeps pprof's routine headers (we list the profile's lines instead).
// Run through `npm run golden -- list` (scripts/regenerate-golden.ts).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..');
const listGoldenDir = join(root, 'test/fixtures/pprof/list-golden');

export interface ListGoldenCase {
  name: string;
  /** `go tool pprof` arguments (before the profile). */
  pprofArgs: string[];
  /** `goprof` arguments; paths relative to the repository root. */
  goprofArgs: string[];
  golden: string;
  /** Set when a file comes from GOROOT: the Go version whose sources pprof read (`go version`). */
  goVersion?: string;
  /** pprof found no source for some routine: only its headers can be compared. */
  sourceMissing: boolean;
}

function goEnv(name: string): string {
  return execFileSync('go', ['env', name], { encoding: 'utf8' }).trim();
}

/**
 * The -source_path/-trim_path that let pprof find this repository's and GOROOT's sources: pprof
 * finds a relative profile path under a search folder or its parents. The sample's paths start
 * with k8s.io/kubernetes/ (built with -trimpath): a folder of that name is linked to the sample.
 * -trim_path set to nothing real turns off pprof's guess, which would rewrite the file names in
 * the headers. The caller removes `searchRoot`.
 */
export function listSourceArgs(): { sourceArgs: string[]; searchRoot: string } {
  const searchRoot = mkdtempSync(join(tmpdir(), 'gpe-list-'));
  mkdirSync(join(searchRoot, 'k8s.io'));
  symlinkSync(join(root, 'samples/kube-apiserver-incident'), join(searchRoot, 'k8s.io/kubernetes'));
  return { sourceArgs: [`-source_path=${searchRoot}:${join(goEnv('GOROOT'), 'src')}`, '-trim_path=/no-such-prefix'], searchRoot };
}

export function regenerateListGoldens(): void {
  rmSync(listGoldenDir, { recursive: true, force: true });
  mkdirSync(listGoldenDir, { recursive: true });
  const goroot = goEnv('GOROOT');
  const goVersion = readFileSync(join(goroot, 'VERSION'), 'utf8').split('\n')[0].trim();
  const { sourceArgs, searchRoot } = listSourceArgs();
  const cases: ListGoldenCase[] = [];
  const cpu = 'test/fixtures/pprof/generated/cpu.pb.gz';
  const kubeHeap = 'samples/kube-apiserver-incident/heap.pb.gz';
  const kubeCpu = 'samples/kube-apiserver-incident/cpu.pb.gz';
  const mtg = 'test/fixtures/corpus/real_mtg_default_pgo_cpu.pprof';
  const add = (name: string, profile: string, regex: string, pprof: string[], goprof: string[], fromGoroot = false): void => {
    const pprofArgs = [...sourceArgs, `-list=${regex}`, ...pprof];
    let out: string;
    try {
      out = execFileSync('go', ['tool', 'pprof', ...pprofArgs, profile], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TZ: 'UTC' } });
    } catch (e) {
      throw new Error(`go tool pprof ${pprofArgs.join(' ')} ${profile}: ${String((e as { stderr?: string }).stderr ?? e)}`);
    }
    const golden = `${name}.txt`;
    writeFileSync(join(listGoldenDir, golden), out);
    cases.push({
      name, pprofArgs, golden, sourceMissing: /^ Error: /m.test(out),
      goprofArgs: ['list', profile, regex, ...goprof, '--workspace', '.'],
      ...(fromGoroot ? { goVersion } : {}),
    });
  };
  add('cpu-main', cpu, 'main\\.', [], []);
  add('cpu-focus', cpu, 'main\\.', ['-focus=recurse'], ['--focus', 'recurse']);
  add('cpu-hide-inlined', cpu, 'main\\.', ['-hide=main\\.mix'], ['--hide', 'main\\.mix']);
  add('cpu-tagfocus', cpu, 'hashLoop', ['-tagfocus=worker=hasher'], ['--tagfocus', 'worker=hasher']);
  add('cpu-samples', cpu, 'recurse', ['-sample_index=samples'], ['--sample-index', 'samples']);
  add('cpu-diff-base', cpu, 'main\\.hashLoop|Unmarshal', [`-diff_base=${kubeCpu}`], ['--diff-base', kubeCpu]);
  // -list's Total is the whole profile's, also when -show_from cut the stacks (found by scripts/sweep-options.ts).
  add('block-focus-show-from', 'test/fixtures/pprof/generated/block.pb.gz', 'main\\.', ['-focus=parkGoroutines', '-show_from=main'], ['--focus', 'parkGoroutines', '--show-from', 'main']);
  add('kube-heap', kubeHeap, 'Unmarshal|DeleteCollection', [], []);
  add('kube-heap-alloc-space', kubeHeap, 'ConfigMap', ['-sample_index=alloc_space'], ['--sample-index', 'alloc_space']);
  add('kube-heap-ignore', kubeHeap, 'DeleteCollection', ['-ignore=Unmarshal'], ['--ignore', 'Unmarshal']);
  add('kube-cpu-goroot', kubeCpu, 'bytes\\.|json\\.', [], [], true);
  add('mtg-missing-source', mtg, 'mtglib\\.\\(\\*Proxy\\)', [], []);
  rmSync(searchRoot, { recursive: true, force: true });
  writeFileSync(join(listGoldenDir, 'manifest.json'), JSON.stringify(cases, null, 1) + '\n');
  console.log(`list: ${cases.length} goldens in ${listGoldenDir}`);
}
