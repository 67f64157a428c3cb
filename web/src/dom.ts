import type { QuadClass } from './types.js';

// Small helpers to build the page from data. Text always goes in as text nodes, never as HTML, so
// nothing an article says can become markup.

type Child = Node | string | number | null | undefined | false;
type Attrs = Readonly<Record<string, string | number | boolean | undefined | ((event: Event) => void)>>;

function apply(element: Element, attrs: Attrs, children: readonly Child[]): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  apply(element, attrs, children);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  apply(element, attrs, children);
  return element;
}

/** A tooltip and accessible name for an SVG shape. */
export const title = (text: string): SVGTitleElement => s('title', {}, text);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2022-01-21 → 21 Jan 2022. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

/** 2022-01-17 as a week → w/c 17 Jan 2022; as a month → Jan 2022. */
export function formatPeriod(period: string, interval: string): string {
  if (interval === 'month') return `${MONTHS[Number(period.slice(5, 7)) - 1]} ${period.slice(0, 4)}`;
  if (interval === 'week') return `w/c ${formatDate(period)}`;
  return formatDate(period);
}

export const formatNumber = (n: number): string => n.toLocaleString('en-GB');
export const formatSigned = (n: number): string => `${n > 0 ? '+' : ''}${n.toFixed(1)}`;

export const QUAD_NAMES: Readonly<Record<QuadClass, string>> = {
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
};
export const QUADS: readonly QuadClass[] = [1, 2, 3, 4];

/** Goldstein −10…+10 → a colour from red (conflict) through grey to blue (cooperation). */
export function goldsteinColor(value: number): string {
  const t = Math.max(-1, Math.min(1, value / 10));
  const grey = [150, 150, 160];
  const end = t < 0 ? [200, 40, 40] : [40, 90, 200];
  const k = Math.abs(t) ** 0.7;
  const mix = grey.map((g, i) => Math.round(g + ((end[i] ?? g) - g) * k));
  return `rgb(${mix.join(',')})`;
}

/** Replaces an element's content. */
export function replace(target: Element, ...children: Child[]): void {
  target.replaceChildren();
  apply(target, {}, children);
}

/** A labelled block that says it is loading, then holds what `fill` produced (or the error). */
export function section(
  heading: string,
  fill: () => Promise<Node | Node[]>,
  headingLevel: 'h2' | 'h3' = 'h2',
) {
  const body = h(
    'div',
    { class: 'section-body', 'aria-busy': 'true' },
    h('p', { class: 'muted' }, 'Loading…'),
  );
  const block = h('section', { class: 'card' }, h(headingLevel, {}, heading), body);
  fill()
    .then((content) => {
      replace(body, ...(Array.isArray(content) ? content : [content]));
      body.removeAttribute('aria-busy');
    })
    .catch((error: unknown) => {
      replace(body, h('p', { class: 'error', role: 'alert' }, (error as Error).message));
      body.removeAttribute('aria-busy');
    });
  return block;
}

export const muted = (text: string) => h('p', { class: 'muted' }, text);

/** A labelled form control, as every filter form draws it. */
export function field(label: string, control: HTMLElement): HTMLElement {
  return h('label', { class: 'field' }, h('span', {}, label), control);
}
