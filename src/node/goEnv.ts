// Where Go keeps the standard library and downloaded modules on this machine.
import { execFile } from 'node:child_process';
import * as os from 'node:os';

export interface GoEnvironmentFacts {
  goroot?: string;
  goModCache?: string;
  gopath?: string;
  home?: string;
}

/**
 * Asks `go env` (bounded by `timeoutMs`: a missing or hung toolchain must not hang the CLI);
 * without Go, falls back to $GOROOT/$GOMODCACHE/$GOPATH, and the resolver to ~/go/pkg/mod.
 */
export async function readGoEnvironment(timeoutMs = 5000, env: NodeJS.ProcessEnv = process.env, runGo = true): Promise<GoEnvironmentFacts> {
  const facts: GoEnvironmentFacts = {
    goroot: env.GOROOT || undefined,
    goModCache: env.GOMODCACHE || undefined,
    gopath: env.GOPATH || undefined,
    home: os.homedir(),
  };
  // In an untrusted workspace nothing is run: `go` on PATH could be the workspace's own.
  const lines = runGo ? await runGoEnv(timeoutMs) : null;
  if (lines) {
    const [goroot, goModCache, gopath] = lines;
    facts.goroot = goroot || facts.goroot;
    facts.goModCache = goModCache || facts.goModCache;
    facts.gopath = gopath || facts.gopath;
  }
  return facts;
}

function runGoEnv(timeoutMs: number): Promise<string[] | null> {
  return new Promise(resolve => {
    execFile('go', ['env', 'GOROOT', 'GOMODCACHE', 'GOPATH'], { timeout: timeoutMs, windowsHide: true }, (error, stdout) => {
      resolve(error ? null : stdout.split(/\r?\n/).map(l => l.trim()));
    });
  });
}
