import { accepts, renderingKey, suggestionFor, type AuthorityEntry } from './authority.ts';
import type { Entity, Rendering } from './entities.ts';

// Which renderings of an entity are the same rendering: 托卡耶夫 is the surname of
// 卡西姆·若马尔特·托卡耶夫, and 自由欧洲电台 one name of 自由欧洲电台/自由电台, so each is a
// short form of the longer one, not a second rendering. Renderings that are not short forms of
// each other are clusters; an entity with two clusters is rendered two ways.

export interface Cluster {
  /** The longest rendering; the others are its short forms. */
  head: Rendering;
  members: Rendering[];
  count: number;
  firstAt: number;
}

const parts = (key: string) => key.split(/[·/／]/).filter(Boolean);

/** True when short's parts appear, in order and together, among long's parts. */
export function isShortForm(short: string, long: string): boolean {
  const s = parts(renderingKey(short));
  const l = parts(renderingKey(long));
  if (s.length === 0 || s.length > l.length) return false;
  for (let i = 0; i + s.length <= l.length; i++) if (s.every((p, k) => l[i + k] === p)) return true;
  return false;
}

/** Whether `short` is `long` or a short form of it: its surname, one name of a slash pair, or a gloss read from further back. */
export function sameRendering(long: Rendering, short: Rendering): boolean {
  return isShortForm(short.key, long.key) || glossWithContext(long, short);
}

/**
 * 中国已获得三价灭活流感疫苗（IIV3） and 三价灭活流感疫苗（IIV3）: where the Chinese before a bracketed
 * original starts is a guess, so a gloss that ends with another rendering is that rendering with
 * words of its sentence before it.
 */
function glossWithContext(long: Rendering, short: Rendering): boolean {
  return [...short.key].length >= 2 && long.key.length > short.key.length && long.key.endsWith(short.key) && long.occurrences.every((o) => o.method === 'gloss');
}

const position = (r: Rendering) => {
  const o = r.occurrences[0]!;
  return o.para * 1e6 + o.start;
};

/** The clusters of an entity's renderings, Latin ones aside (those are name-untranslated's). */
export function clustersOf(renderings: readonly Rendering[]): Cluster[] {
  const clusters: Cluster[] = [];
  const sorted = renderings.filter((r) => r.how !== 'latin').sort((a, b) => parts(b.key).length - parts(a.key).length || b.key.length - a.key.length || position(a) - position(b));
  for (const r of sorted) {
    const home = clusters.find((c) => sameRendering(c.head, r));
    const n = r.occurrences.length;
    if (home) {
      home.members.push(r);
      home.count += n;
      home.firstAt = Math.min(home.firstAt, position(r));
    } else clusters.push({ head: r, members: [r], count: n, firstAt: position(r) });
  }
  return clusters.sort((a, b) => a.firstAt - b.firstAt);
}

/**
 * The rendering the document should use: the authority's, else (for outlets) the one that
 * verifiably sounds like the name, else the most used, else the first.
 */
export function chosenCluster(entity: Entity, clusters: readonly Cluster[]): Cluster | undefined {
  const entry = entity.authority;
  if (entry) {
    const ok = clusters.find((c) => c.members.some((m) => accepts(entry, m.text)));
    if (ok) return ok;
    return undefined;
  }
  if (entity.kind === 'outlet') {
    const sound = clusters.filter((c) => c.members.some((m) => m.how === 'sound'));
    if (sound.length === 1) return sound[0];
  }
  const max = Math.max(...clusters.map((c) => c.count));
  return clusters.find((c) => c.count === max);
}

/** A newspaper's name (《…报》, …日报): what an outlet that is a website or channel must not become. */
export function isNewspaperForm(rendering: string): boolean {
  const bare = rendering.replace(/[《》]/g, '');
  return /(?:日报|晚报|时报|周报|快报|报)$/u.test(bare) && !/(?:电视台|电台|网|频道|通讯社)$/u.test(bare);
}

/** What to put in place of a rendering: the authority's form, else the chosen cluster's at the same length. */
export function suggestion(entry: AuthorityEntry | undefined, chosen: Cluster | undefined, rendering: string): string | undefined {
  if (entry) return suggestionFor(entry, rendering);
  if (!chosen) return undefined;
  const mine = parts(renderingKey(rendering));
  const head = chosen.head.text;
  const headParts = parts(renderingKey(head));
  // 托卡也夫 for a short mention: suggest the surname of the chosen full form.
  if (mine.length === 1 && headParts.length > 1) {
    const short = chosen.members.find((m) => parts(m.key).length === 1);
    return short?.text ?? headParts[headParts.length - 1];
  }
  return head;
}

/** "托卡耶夫 ×12, 托卡也夫 ×1": the tally for messages. */
export function tally(clusters: readonly Cluster[]): string {
  return clusters.map((c) => `${c.head.text} ×${c.count}`).join(', ');
}
