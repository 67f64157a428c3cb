/**
 * The readable text of a DOM subtree as paragraphs separated by blank lines, the shape the plain-text
 * inputs have, so sentence and paragraph boundaries survive. `textContent` would run "Head" and "First
 * paragraph" together into "HeadFirst paragraph".
 */

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TR',
  'UL',
]);
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'SVG',
  'CANVAS',
  'HEAD',
]);
const CELLS = new Set(['TD', 'TH']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  /** Lines of the paragraph being built; `<br>` starts a new one. */
  let lines: string[] = [''];

  const flush = (): void => {
    const text = lines
      .map((line) => line.replace(/[ \t\n\f\r]+/g, ' ').trim())
      .filter((line) => line !== '')
      .join('\n');
    if (text !== '') paragraphs.push(text);
    lines = [''];
  };
  const append = (s: string): void => {
    lines[lines.length - 1] += s;
  };

  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      append(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 11 /* fragment */) return;
    const name = node.nodeType === ELEMENT_NODE ? (node as Element).tagName.toUpperCase() : '';
    if (SKIPPED.has(name)) return;
    if (name === 'BR') {
      lines.push('');
      return;
    }
    if (name === 'PRE') {
      // Preformatted text keeps its own line breaks and spacing.
      flush();
      const text = (node.textContent ?? '').replace(/^\n|\s+$/g, '');
      if (/\S/.test(text)) paragraphs.push(text);
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    if (CELLS.has(name)) append(' ');
    for (const child of node.childNodes) walk(child);
    if (block) flush();
  };

  walk(root);
  flush();
  return paragraphs.join('\n\n');
}
