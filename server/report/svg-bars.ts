import { esc } from './escape.ts';

// Inline SVG bar charts: no script, no external font or style sheet, colours as attributes
// (the web's Content-Security-Policy forbids inline style attributes, and printers keep
// attribute fills). Each chart has a <title> and a table next to it carries the same numbers.

export interface BarPart {
  value: number;
  /** One of the palette keys below. */
  tone: Tone;
  label: string;
}

export interface BarRow {
  label: string;
  parts: BarPart[];
  /** Text after the bar; default the sum of the parts. */
  note?: string;
}

export type Tone = 'critical' | 'major' | 'minor' | 'score' | 'good' | 'bad';

const FILL: Record<Tone, string> = {
  critical: '#b91c1c',
  major: '#d97706',
  minor: '#0e7490',
  score: '#475569',
  good: '#15803d',
  bad: '#9f1239',
};

const ROW = 22;
const LABEL_W = 200;
const BAR_W = 360;
const NOTE_W = 90;

/** Horizontal (optionally stacked) bars, one row per entry, scaled to the largest total. */
export function barChart(title: string, rows: readonly BarRow[]): string {
  const width = LABEL_W + BAR_W + NOTE_W;
  const height = Math.max(1, rows.length) * ROW + 8;
  const max = Math.max(0, ...rows.map((r) => r.parts.reduce((s, p) => s + Math.max(0, p.value), 0)));
  const out: string[] = [
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(title)}">`,
    `<title>${esc(title)}</title>`,
  ];
  rows.forEach((r, i) => {
    const y = 4 + i * ROW;
    out.push(`<text x="${LABEL_W - 6}" y="${y + 15}" text-anchor="end" font-size="12" fill="#111827">${esc(clip(r.label, 30))}</text>`);
    let x = LABEL_W;
    let sum = 0;
    for (const p of r.parts) {
      const v = Math.max(0, p.value);
      sum += v;
      const w = max > 0 ? (v / max) * BAR_W : 0;
      if (w > 0) {
        out.push(`<rect x="${fmt(x)}" y="${y + 3}" width="${fmt(w)}" height="${ROW - 6}" fill="${FILL[p.tone]}"><title>${esc(`${r.label}: ${p.label} ${num(p.value)}`)}</title></rect>`);
      }
      x += w;
    }
    out.push(`<text x="${fmt(x + 6)}" y="${y + 15}" font-size="12" fill="#111827">${esc(r.note ?? num(sum))}</text>`);
  });
  out.push('</svg>');
  return out.join('');
}

function clip(s: string, n: number): string {
  const cps = Array.from(s);
  return cps.length > n ? cps.slice(0, n - 1).join('') + '…' : s;
}

function fmt(x: number): string {
  return String(Math.round(x * 10) / 10);
}

function num(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(2);
}
