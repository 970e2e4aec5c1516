// Minimal XML tree over saxes, shared by the XLIFF and TMX readers. Our inputs are
// per-article files, so a small in-memory tree keeps the readers declarative.
import { SaxesParser } from 'saxes';
import { InputError } from './input-error.ts';

export interface XmlElement {
  /** Qualified name as written, e.g. "xlf:unit". */
  name: string;
  /** Name without prefix. Readers match on this so a prefixed XLIFF/TMX namespace still works. */
  local: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** 1-based line of the start tag, for error messages and Origin. */
  line: number;
}
export type XmlNode = XmlElement | string;

/**
 * Parses a whole document. Namespace processing is off on purpose: extension
 * prefixes left undeclared by some tools would otherwise make a usable file fatal.
 */
function parseXml(file: string, text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  // By opentag the parser may be past a multi-line attribute list, so take the line
  // at opentagstart, which fires on the character ending the name; if that was a
  // line break the name itself sat on the line before.
  let startLine = 1;

  parser.on('error', (err) => {
    // saxes prefixes "line:column: "; InputError supplies its own position.
    const message = err.message.replace(/^\d+:\d+: /, '');
    throw new InputError(file, `XML is not well-formed: ${message}`, { line: parser.line });
  });
  parser.on('opentagstart', () => {
    const ended = text[parser.position - 1];
    startLine = ended === '\n' || ended === '\r' ? parser.line - 1 : parser.line;
  });
  parser.on('opentag', (tag) => {
    const name = tag.name;
    const el: XmlElement = { name, local: localName(name), attrs: { ...tag.attributes }, children: [], line: startLine };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root = el;
    if (!tag.isSelfClosing) stack.push(el);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  const addText = (t: string) => {
    const parent = stack[stack.length - 1];
    if (!parent) return; // whitespace around the root element
    // Merge adjacent runs (text + CDATA) so callers see one string per run.
    const last = parent.children[parent.children.length - 1];
    if (typeof last === 'string') parent.children[parent.children.length - 1] = last + t;
    else parent.children.push(t);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);

  parser.write(text).close();
  // saxes reports a missing root as an error, so root is set here.
  return root!;
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** Parses a document whose root must be <local> (any prefix): the first thing every reader checks. */
export function parseXmlRoot(file: string, text: string, local: string): XmlElement {
  const root = parseXml(file, text);
  if (root.local !== local) {
    throw new InputError(file, `root element is <${root.name}>, expected <${local}>`, { line: root.line });
  }
  return root;
}

export function childElements(el: XmlElement, local?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && (local === undefined || c.local === local));
}

export function firstChild(el: XmlElement, local: string): XmlElement | undefined {
  return childElements(el, local)[0];
}

/** Descendants with the given local name, in document order, not looking inside matches. */
export function findAll(el: XmlElement, local: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of childElements(el)) {
    if (c.local === local) out.push(c);
    else findAll(c, local, out);
  }
  return out;
}

/**
 * Text content of a segment. Inline codes named in `drop` stand for markup of the
 * original format (tags, placeholders), not words, so their content is skipped;
 * any other inline element (g, pc, mrk, hi…) is transparent.
 */
export function inlineText(el: XmlElement, drop: ReadonlySet<string>): string {
  let s = '';
  for (const c of el.children) {
    if (typeof c === 'string') s += c;
    else if (!drop.has(c.local)) s += inlineText(c, drop);
  }
  return s;
}

// Language tags as written by CAT tools vary in case and separator (en_US, zh-hans).
export const isEnglish = (lang: string): boolean => /^en(?:[-_]|$)/i.test(lang);
export const isChinese = (lang: string): boolean => /^zh(?:[-_]|$)/i.test(lang);
