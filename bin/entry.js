// Which code `xinda` runs: the build in dist/ (npm run build; npm ci makes it) while it is
// newer than every source file, else the TypeScript itself through tsx. The check costs a few
// milliseconds (a stat per source file); a tree edited, pulled or checked out after the build
// runs from source until it is built again, so it never runs stale code.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Newest modification time (ms) of the files under dir, or of the file itself. A file that
 * goes between the listing and its stat (an editor saving through a temporary file) means the
 * tree is changing under us: that counts as newer than any build, not as a crash of the CLI.
 */
export function newestMtime(path) {
  let st;
  let entries = [];
  try {
    st = statSync(path);
    if (st.isDirectory()) entries = readdirSync(path, { withFileTypes: true });
  } catch (e) {
    if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return Infinity;
    throw e;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const e of entries) {
    const t = newestMtime(join(path, e.name));
    if (t > newest) newest = t;
  }
  return newest;
}

// What the build is made of: the sources, what decides how they resolve, and the build
// script itself (a changed entry list must not leave a build without its new worker).
const INPUTS = ['server', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts/build.mjs'];

/**
 * The built CLI's path when dist/ is there and up to date, else null. XINDA_FROM_SOURCE=1
 * always runs the source (to compare the two, or to debug with the TypeScript's line numbers).
 */
export function builtEntry(root, env = process.env) {
  if (env.XINDA_FROM_SOURCE === '1') return null;
  const stamp = join(root, 'dist', 'BUILT');
  const main = join(root, 'dist', 'main.js');
  // Stat once, not exists-then-stat: a build running now removes dist/ between the two.
  const built = statSync(stamp, { throwIfNoEntry: false })?.mtimeMs;
  if (built === undefined || !existsSync(main)) return null;
  for (const input of INPUTS) {
    const p = join(root, input);
    if (existsSync(p) && newestMtime(p) > built) return null;
  }
  return main;
}
