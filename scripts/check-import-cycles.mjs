#!/usr/bin/env node
// Fails when the TypeScript modules under src/ and webview-ui/ import each other in a cycle
// (type-only imports count too: a cycle of types is still two modules that cannot be read apart).
// A plain scan of import/export specifiers, so it runs in well under a second on the whole tree.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, dirname, relative, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['src', 'webview-ui'];

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

// `import … from '…'`, `export … from '…'`, `import '…'`, `import('…')`, `require('…')`.
const SPECIFIER = /(?:^|[\s;}])(?:import|export)\s(?:[^'";]*?\sfrom\s)?\s*['"]([^'"]+)['"]|(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveImport(from, spec) {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const files = roots.filter(r => existsSync(join(root, r))).flatMap(r => walk(join(root, r), []));
const edges = new Map();
for (const file of files) {
  // Comments can quote import lines; drop them first.
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const targets = new Set();
  for (const m of text.matchAll(SPECIFIER)) {
    const target = resolveImport(file, m[1] ?? m[2]);
    if (target) targets.add(target);
  }
  edges.set(file, [...targets]);
}

// Tarjan's strongly connected components, iterative so deep chains cannot overflow the stack.
let index = 0;
const indexOf = new Map(), low = new Map(), onStack = new Set(), stack = [], cycles = [];
for (const start of files) {
  if (indexOf.has(start)) continue;
  const work = [[start, 0]];
  indexOf.set(start, index); low.set(start, index); index++; stack.push(start); onStack.add(start);
  while (work.length) {
    const frame = work[work.length - 1];
    const [node, i] = frame;
    const next = edges.get(node) ?? [];
    if (i < next.length) {
      frame[1]++;
      const w = next[i];
      if (!indexOf.has(w)) {
        indexOf.set(w, index); low.set(w, index); index++; stack.push(w); onStack.add(w);
        work.push([w, 0]);
      } else if (onStack.has(w)) low.set(node, Math.min(low.get(node), indexOf.get(w)));
      continue;
    }
    work.pop();
    if (work.length) { const parent = work[work.length - 1][0]; low.set(parent, Math.min(low.get(parent), low.get(node))); }
    if (low.get(node) === indexOf.get(node)) {
      const component = [];
      let w;
      do { w = stack.pop(); onStack.delete(w); component.push(w); } while (w !== node);
      const selfLoop = (edges.get(node) ?? []).includes(node);
      if (component.length > 1 || selfLoop) cycles.push(component);
    }
  }
}

if (cycles.length) {
  for (const c of cycles) console.error(`import cycle: ${c.map(f => relative(root, f)).sort().join(' ↔ ')}`);
  console.error(`${cycles.length} import cycle(s): split the shared part into a module both can import.`);
  process.exit(1);
}
console.log(`no import cycles in ${files.length} modules`);
