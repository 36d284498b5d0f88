/**
 * A small element tree for chart markup, so one chart implementation renders at build time (as an
 * HTML string for `set:html`) and in the browser (as DOM nodes): `h('text', { x: 4 }, '76万人')`.
 * Text and attribute values are always escaped by `toHtml` and set as text by `toDom`, so data from
 * a document can never become markup.
 */

/** An attribute value; `false`, null and undefined leave the attribute out, `true` writes it empty. */
export type AttrValue = string | number | boolean | null | undefined;

export interface Element {
  tag: string;
  attrs: Record<string, AttrValue>;
  children: Node[];
}

/** A child: an element, text, or nothing (skipped). */
export type Node = Element | string | null | undefined | false;

/** A child list may nest arrays (from `map`), which are flattened. */
type Children = (Node | Children)[];

/** `h('g', { class: 'row' }, h('title', {}, 'x'), [a, b])` → an element with three children. */
export function h(tag: string, attrs: Record<string, AttrValue> = {}, ...children: Children): Element {
  return { tag, attrs, children: (children as unknown[]).flat(Infinity as 1) as Node[] };
}

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'col', 'wbr']);
const SVG_NS = 'http://www.w3.org/2000/svg';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `escapeHtml('<a & "b">')` → '&lt;a &amp; &quot;b&quot;&gt;'. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function attrText(attrs: Record<string, AttrValue>): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== false && v !== null && v !== undefined)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(String(v))}"`))
    .join('');
}

/** The markup of a node: `toHtml(h('p', { class: 'a' }, 'x < y'))` → '<p class="a">x &lt; y</p>'. */
export function toHtml(node: Node): string {
  if (node === null || node === undefined || node === false) return '';
  if (typeof node === 'string') return escapeHtml(node);
  const open = `<${node.tag}${attrText(node.attrs)}>`;
  if (VOID.has(node.tag)) return open;
  return `${open}${node.children.map(toHtml).join('')}</${node.tag}>`;
}

/** An element of `doc` with the node's tag and attributes, in the SVG namespace inside an `svg`. */
function createElement(node: Element, doc: Document, inSvg: boolean): globalThis.Element {
  const el = inSvg ? doc.createElementNS(SVG_NS, node.tag) : doc.createElement(node.tag);
  for (const [k, v] of Object.entries(node.attrs)) {
    if (v === false || v === null || v === undefined) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  return el;
}

/** DOM nodes of a node in `doc`; an `svg` element and everything inside it get the SVG namespace. */
export function toDom(node: Node, doc: Document, svg = false): globalThis.Node | null {
  if (node === null || node === undefined || node === false) return null;
  if (typeof node === 'string') return doc.createTextNode(node);
  const inSvg = svg || node.tag === 'svg';
  const el = createElement(node, doc, inSvg);
  for (const child of node.children) {
    const dom = toDom(child, doc, inSvg);
    if (dom) el.appendChild(dom);
  }
  return el;
}

/**
 * As toDom, a piece at a time: awaits `pause()` before each element, which yields to the browser
 * when its slice of time is used up, so that a large chart is made without one long task.
 */
export async function toDomSliced(node: Node, doc: Document, pause: () => Promise<unknown>, svg = false): Promise<globalThis.Node | null> {
  if (node === null || node === undefined || node === false) return null;
  if (typeof node === 'string') return doc.createTextNode(node);
  await pause();
  const inSvg = svg || node.tag === 'svg';
  const el = createElement(node, doc, inSvg);
  for (const child of node.children) {
    const dom = await toDomSliced(child, doc, pause, inSvg);
    if (dom) el.appendChild(dom);
  }
  return el;
}
