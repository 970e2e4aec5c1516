import { projectPath } from '../paths.ts';
import { InputError } from '../ingest/input-error.ts';
import { splitLines } from '../ingest/lines.ts';
import { readText } from '../ingest/read-inputs.ts';
import type { Lang } from './i18n.ts';

// The MQM category tree reviewers pick from when they annotate, read from a data file
// (corpus/mqm-categories.tsv) so a newsroom can adapt the typology without touching code.

export const DEFAULT_CATEGORIES_FILE = projectPath('corpus', 'mqm-categories.tsv');

export interface CategoryNode {
  /** The MQM path, e.g. "Accuracy/Mistranslation": what annotations store. */
  path: string;
  zh: string;
  note: string;
  children: CategoryNode[];
}

export interface CategoryTree {
  roots: CategoryNode[];
  has(path: string): boolean;
  /** The label in a language: the Chinese name, or the last part of the path in English. */
  label(path: string, lang: Lang): string;
}

const REQUIRED = ['category', 'zh'] as const;

/** Parses the TSV (header line with category, zh and optional note; # comments). */
export function parseCategories(file: string, text: string): CategoryTree {
  const lines = splitLines(text).filter((l) => l.text.trim() !== '' && !l.text.startsWith('#'));
  const header = lines.shift();
  if (!header) throw new InputError(file, 'file is empty');
  const columns = header.text.split('\t').map((c) => c.trim());
  for (const r of REQUIRED) {
    if (!columns.includes(r)) throw new InputError(file, `header has no column "${r}" (columns: ${columns.join(', ')})`, { line: header.line });
  }
  const at = (cells: string[], name: string) => (cells[columns.indexOf(name)] ?? '').trim();
  const byPath = new Map<string, CategoryNode>();
  const roots: CategoryNode[] = [];
  for (const { line, text: row } of lines) {
    const cells = row.split('\t');
    if (cells.length > columns.length) throw new InputError(file, `${cells.length} cells, the header has ${columns.length}`, { line });
    const path = at(cells, 'category');
    const zh = at(cells, 'zh');
    if (path === '' || zh === '') throw new InputError(file, 'every category needs a path and a Chinese name', { line });
    const parts = path.split('/');
    if (parts.some((p) => p.trim() === '' || p !== p.trim())) throw new InputError(file, `category "${path}" has an empty or padded part`, { line });
    if (byPath.has(path)) throw new InputError(file, `category "${path}" is listed twice`, { line });
    const node: CategoryNode = { path, zh, note: columns.includes('note') ? at(cells, 'note') : '', children: [] };
    if (parts.length === 1) roots.push(node);
    else {
      const parentPath = parts.slice(0, -1).join('/');
      const parent = byPath.get(parentPath);
      if (!parent) throw new InputError(file, `category "${path}" comes before its parent "${parentPath}" (list the parent first)`, { line });
      parent.children.push(node);
    }
    byPath.set(path, node);
  }
  if (roots.length === 0) throw new InputError(file, 'no categories');
  return {
    roots,
    has: (path) => byPath.has(path),
    label: (path, lang) => (lang === 'zh' ? (byPath.get(path)?.zh ?? path) : (path.split('/').pop() ?? path)),
  };
}

export function loadCategories(file: string = DEFAULT_CATEGORIES_FILE): CategoryTree {
  return parseCategories(file, readText(file));
}

export interface CategoryOption {
  path: string;
  label: string;
  depth: number;
  note: string;
}

/** The tree as select options: one group per top-level category, its own path first, descendants indented by depth. */
export function categoryGroups(tree: CategoryTree, lang: Lang): { label: string; options: CategoryOption[] }[] {
  const walk = (n: CategoryNode, depth: number): CategoryOption[] => [
    { path: n.path, label: tree.label(n.path, lang), depth, note: n.note },
    ...n.children.flatMap((c) => walk(c, depth + 1)),
  ];
  return tree.roots.map((r) => ({ label: tree.label(r.path, lang), options: walk(r, 0) }));
}
