// go.mod reading: only the `module` directive matters for mapping import paths to folders.
import type { SourceFileSystem } from './fileSystem';
import { dirName, normalizePath, pathSegments } from './paths';

/** The module path declared by a go.mod text, or null. Handles quoted paths and comments. */
export function parseGoModModulePath(goModText: string): string | null {
  for (const raw of goModText.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    const m = /^module\s+(?:"([^"]+)"|`([^`]+)`|(\S+))\s*$/.exec(line);
    if (m) return m[1] ?? m[2] ?? m[3];
  }
  return null;
}

export interface WorkspaceModule {
  modulePath: string;
  /** Folder holding the go.mod. */
  dir: string;
}

/**
 * Finds every go.mod in the workspace (vendored and testdata copies excluded, they are not
 * modules you build from) and reads its module path. Longest module paths first, so the most
 * specific module wins when one module path is a prefix of another.
 */
export async function findWorkspaceModules(fs: SourceFileSystem): Promise<WorkspaceModule[]> {
  const goMods = await fs.findFilesByBaseName('go.mod');
  const modules: WorkspaceModule[] = [];
  for (const file of goMods) {
    const segments = pathSegments(normalizePath(file));
    if (segments.includes('vendor') || segments.includes('testdata')) continue;
    let text: string;
    try { text = await fs.readFile(file); } catch { continue; }
    const modulePath = parseGoModModulePath(text);
    if (modulePath) modules.push({ modulePath, dir: dirName(normalizePath(file)) });
  }
  return modules.sort((a, b) => b.modulePath.length - a.modulePath.length || a.dir.localeCompare(b.dir));
}
