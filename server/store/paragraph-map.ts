import { diffArrays } from 'diff';

/**
 * Maps each unchanged old paragraph index to its new index. Paragraphs that were
 * edited, removed or moved past a change are absent: whatever pointed at them is stale.
 */
export function paragraphMap(oldParas: readonly string[], newParas: readonly string[]): Map<number, number> {
  const map = new Map<number, number>();
  let o = 0;
  let n = 0;
  for (const part of diffArrays(oldParas as string[], newParas as string[])) {
    const count = part.value.length;
    if (part.added) n += count;
    else if (part.removed) o += count;
    else {
      for (let i = 0; i < count; i++) map.set(o + i, n + i);
      o += count;
      n += count;
    }
  }
  return map;
}
