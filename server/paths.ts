import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The project folder, for the files that ship beside the code (views/, corpus/, the static
// assets, package.json). Found by walking up to package.json rather than by a fixed number of
// '../', because the same code runs from server/ under tsx and from dist/ once built
// (npm run build), where a module's own place says nothing about the tree's.

function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`xinda: no package.json above ${from}`);
  }
}

const ROOT = projectRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the project folder. */
export const projectPath = (...parts: string[]): string => join(ROOT, ...parts);
