import { api } from '../api.js';
import { formatDate, h, muted, QUAD_NAMES, replace } from '../dom.js';
import { href, type Route } from '../route.js';
import type { Commitment, Event, Mention, Place, Quote, Span, StoredArticle } from '../types.js';
import { rootName } from './filters.js';
import { actorLink, goldsteinBadge, quadBadge } from './parts.js';

// The article reader: the original text with every record's evidence highlighted where it was found, and a
// panel that explains the selected record — how its actor was resolved, which rule or pattern made it, its
// modality, its confidence. The selection lives in the address (`?select=e:ID`), so it can be linked to.

type Kind = 'event' | 'quote' | 'mention' | 'place' | 'commitment';
interface Item {
  readonly key: string;
  readonly kind: Kind;
  readonly span: Span;
  readonly label: string;
  readonly record: Event | Quote | Mention | Place | Commitment;
}

const KIND_NAMES: Readonly<Record<Kind, string>> = {
  event: 'Events',
  quote: 'Quotes',
  mention: 'Mentions',
  place: 'Places',
  commitment: 'Commitments',
};

function itemsOf(a: StoredArticle): Item[] {
  return [
    ...a.events.map((e) => ({
      key: `e:${e.id}`,
      kind: 'event' as const,
      span: e.span,
      label: `${e.source.code} → ${e.target?.code ?? '—'} ${e.code} ${rootName(e.root)}`,
      record: e,
    })),
    ...a.quotes.map((q) => ({
      key: `q:${q.id}`,
      kind: 'quote' as const,
      span: q.span,
      label: `${q.speaker?.name ?? 'unknown speaker'}: “${q.text.slice(0, 60)}${q.text.length > 60 ? '…' : ''}”`,
      record: q,
    })),
    ...a.commitments.map((c) => ({
      key: `c:${c.id}`,
      kind: 'commitment' as const,
      span: c.span,
      label: `${c.source.code} → ${c.target?.code ?? '—'} due ${c.due.from} – ${c.due.to}`,
      record: c,
    })),
    ...a.mentions.map((m, i) => ({
      key: `m:${i}`,
      kind: 'mention' as const,
      span: m.span,
      label: `${m.text} (${m.type}${m.actor ? ` → ${m.actor.code}` : ''})`,
      record: m,
    })),
    ...a.places.map((p, i) => ({
      key: `p:${i}`,
      kind: 'place' as const,
      span: p.span,
      label: `${p.text} → ${p.name}, ${p.country}`,
      record: p,
    })),
  ];
}

/** The text cut at every record and sentence boundary; each piece knows which records cover it. */
function renderText(text: string, items: readonly Item[], sentences: readonly Span[]): HTMLElement {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const cuts = new Set<number>([0, text.length]);
  for (const i of items) cuts.add(clamp(i.span.start)).add(clamp(i.span.end));
  for (const s of sentences) cuts.add(clamp(s.start)).add(clamp(s.end));
  const points = [...cuts].sort((x, y) => x - y);
  const body = h('div', { class: 'article-text', lang: 'en' });
  for (let k = 0; k + 1 < points.length; k++) {
    const [from, to] = [points[k]!, points[k + 1]!];
    const covering = items.filter(
      (i) => i.span.start <= from && i.span.end >= to && i.span.end > i.span.start,
    );
    const sentence = sentences.findIndex((s) => s.start <= from && s.end >= to);
    const piece = text.slice(from, to);
    if (covering.length === 0) {
      body.append(h('span', { 'data-s': sentence >= 0 ? sentence : undefined }, piece));
      continue;
    }
    const kinds = [...new Set(covering.map((i) => i.kind))];
    body.append(
      h(
        'mark',
        {
          class: `hl ${kinds.map((k) => `hl-${k}`).join(' ')}`,
          'data-keys': covering.map((i) => i.key).join(' '),
          'data-s': sentence >= 0 ? sentence : undefined,
          tabindex: 0,
          role: 'button',
          title: covering.map((i) => i.label).join('\n'),
        },
        piece,
      ),
    );
  }
  return body;
}

const fact = (term: string, ...value: (Node | string)[]) => [h('dt', {}, term), h('dd', {}, ...value)];
const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;

const MODALITY: Readonly<Record<string, string>> = {
  actual: 'the text says it happened',
  intended: 'promised, planned or offered — not yet done',
  hypothetical: 'feared or conditional — not counted as having happened',
  denied: 'denied by the text — not counted as having happened',
  demanded: 'called for by someone — not counted as having happened',
};

function explainEvent(e: Event, articleDate: string): HTMLElement[] {
  const prefix = (code: string | undefined) => (code ?? '').slice(0, 3);
  const a = prefix(e.source.code);
  const b = prefix(e.target?.code);
  return [
    h('h3', {}, `Event ${e.code}: ${rootName(e.root)}`),
    h(
      'dl',
      { class: 'facts' },
      ...fact('who', actorLink(e.source)),
      ...fact('to whom', actorLink(e.target)),
      ...fact('CAMEO', `${e.code} (root ${e.root}, ${rootName(e.root)})`),
      ...fact('QuadClass', quadBadge(e.quadClass), ` ${e.quadClass} ${QUAD_NAMES[e.quadClass]}`),
      ...fact('Goldstein', goldsteinBadge(e.goldstein)),
      ...fact('PLOVER', e.plover),
      ...fact('when', `${formatDate(e.date)}${e.date === articleDate ? ' (the article’s date)' : ''}`),
      ...fact(
        'where',
        e.place ? `${e.place.name}, ${e.place.country} (${e.place.lat}, ${e.place.lon})` : '—',
      ),
      ...fact('modality', `${e.polarity}, ${e.modality}: ${MODALITY[e.modality] ?? ''}`),
      ...fact(
        'evidence',
        `“${e.text}” (sentence ${e.sentence + 1}, characters ${e.span.start}–${e.span.end})`,
      ),
      ...fact('pattern', h('code', { class: 'rule' }, e.rule)),
      ...fact('confidence', percent(e.confidence)),
    ),
    a && b
      ? h(
          'p',
          {},
          h('a', { href: href(['dyad', a, b]) }, `Dyad chart ${a} – ${b}`),
          ' · ',
          h('a', { href: href(['timeline'], { dyad: `${a},${b}` }) }, 'their events on the timeline'),
        )
      : muted(''),
  ];
}

function explainMention(m: Mention): HTMLElement[] {
  return [
    h('h3', {}, `Mention “${m.text}”`),
    h(
      'dl',
      { class: 'facts' },
      ...fact('type', m.type),
      ...fact(
        'resolved to',
        m.actor ? actorLink(m.actor) : 'no actor',
        m.actor ? ` — id ${m.actor.id}, code ${m.actor.code}` : '',
      ),
      ...fact('by rule', h('code', { class: 'rule' }, m.rule)),
      ...fact('confidence', percent(m.confidence)),
      ...fact('where', `sentence ${m.sentence + 1}, characters ${m.span.start}–${m.span.end}`),
    ),
  ];
}

function explainQuote(q: Quote): HTMLElement[] {
  return [
    h('h3', {}, `Quote (${q.kind})`),
    h('blockquote', {}, q.text),
    h(
      'dl',
      { class: 'facts' },
      ...fact('speaker', actorLink(q.speaker), q.speaker ? ` — code ${q.speaker.code}` : ''),
      ...fact('cue', q.cue ?? '—'),
      ...fact('date', formatDate(q.date)),
      ...fact('by rule', h('code', { class: 'rule' }, q.rule)),
      ...fact('confidence', percent(q.confidence)),
    ),
  ];
}

function explainPlace(p: Place): HTMLElement[] {
  return [
    h('h3', {}, `Place “${p.text}”`),
    h(
      'dl',
      { class: 'facts' },
      ...fact('gazetteer', `${p.name}, ${p.country}`, p.gazetteerId ? ` (${p.gazetteerId})` : ''),
      ...fact('coordinates', `${p.lat}, ${p.lon}`),
      ...fact('by rule', h('code', { class: 'rule' }, p.rule)),
      ...fact('confidence', percent(p.confidence)),
    ),
  ];
}

function explainCommitment(c: Commitment, select: (key: string) => void): HTMLElement[] {
  return [
    h('h3', {}, `Commitment ${c.code}`),
    h(
      'dl',
      { class: 'facts' },
      ...fact('who', actorLink(c.source)),
      ...fact('to whom', actorLink(c.target)),
      ...fact('due', `${formatDate(c.due.from)} – ${formatDate(c.due.to)} (${c.due.precision})`),
      ...fact('promise', `“${c.text}”`),
      ...fact(
        'event',
        h(
          'button',
          { type: 'button', class: 'link', onclick: () => select(`e:${c.eventId}`) },
          'the promised event',
        ),
      ),
      ...fact('by rule', h('code', { class: 'rule' }, c.rule)),
      ...fact('confidence', percent(c.confidence)),
    ),
  ];
}

/** An untitled report is named by its opening words. */
function headline(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= 90) return flat;
  const cut = flat.slice(0, 90);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`;
}

export function articleView(route: Route): HTMLElement[] {
  const id = route.path[1] ?? '';
  const holder = h('div', { class: 'reader', 'aria-busy': 'true' }, muted('Loading…'));
  api
    .article(id)
    .then((stored) => {
      holder.removeAttribute('aria-busy');
      replace(holder, ...reader(stored, route.params.get('select')));
    })
    .catch((error: unknown) => {
      holder.removeAttribute('aria-busy');
      replace(holder, h('p', { class: 'error', role: 'alert' }, (error as Error).message));
    });
  return [holder];
}

function reader(stored: StoredArticle, initial: string | null): HTMLElement[] {
  const a = stored.article;
  const items = itemsOf(stored);
  const byKey = new Map(items.map((i) => [i.key, i]));
  const text = renderText(a.text, items, stored.sentences);
  const explain = h(
    'div',
    { id: 'explain', 'aria-live': 'polite' },
    muted('Select a highlighted passage or a record below to see how it was found.'),
  );
  const buttons = new Map<string, HTMLButtonElement>();

  const select = (key: string, options: { focus?: boolean; scroll?: boolean } = {}) => {
    const item = byKey.get(key);
    if (!item) return;
    for (const m of text.querySelectorAll('.selected, .in-sentence'))
      m.classList.remove('selected', 'in-sentence');
    const marks = [...text.querySelectorAll<HTMLElement>('mark')].filter((m) =>
      (m.dataset.keys ?? '').split(' ').includes(key),
    );
    for (const m of marks) m.classList.add('selected');
    for (const piece of text.querySelectorAll<HTMLElement>(`[data-s="${item.record.sentence}"]`))
      if (!piece.classList.contains('selected')) piece.classList.add('in-sentence');
    for (const [k, b] of buttons) b.setAttribute('aria-pressed', String(k === key));
    explain.dataset.kind = item.kind;
    explain.dataset.key = key;
    const r = item.record;
    replace(
      explain,
      ...(item.kind === 'event'
        ? explainEvent(r as Event, a.published)
        : item.kind === 'quote'
          ? explainQuote(r as Quote)
          : item.kind === 'mention'
            ? explainMention(r as Mention)
            : item.kind === 'place'
              ? explainPlace(r as Place)
              : explainCommitment(r as Commitment, (k) => select(k, { scroll: true }))),
    );
    const url = new URL(location.href);
    url.hash = href(['article', a.id], { select: key });
    history.replaceState(null, '', url);
    if (options.scroll !== false) marks[0]?.scrollIntoView({ block: 'center' });
    if (options.focus) marks[0]?.focus();
  };

  // A click or Enter on highlighted text picks the narrowest record there: the most specific explanation.
  const pick = (mark: HTMLElement) => {
    const keys = (mark.dataset.keys ?? '').split(' ').filter((k) => byKey.has(k));
    const width = (k: string) => byKey.get(k)!.span.end - byKey.get(k)!.span.start;
    const current = explain.dataset.key;
    // Selecting the same place again steps through the records that overlap there.
    const sorted = keys.sort((x, y) => width(x) - width(y));
    const at = current === undefined ? -1 : sorted.indexOf(current);
    const next = sorted[(at + 1) % sorted.length];
    if (next) select(next, { scroll: false });
  };
  text.addEventListener('click', (event) => {
    const mark = (event.target as HTMLElement).closest('mark');
    if (mark) pick(mark);
  });
  text.addEventListener('keydown', (event) => {
    const mark = (event.target as HTMLElement).closest('mark');
    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      pick(mark);
    }
  });

  const lists = (Object.keys(KIND_NAMES) as Kind[])
    .map((kind) => {
      const of = items.filter((i) => i.kind === kind).sort((x, y) => x.span.start - y.span.start);
      if (of.length === 0) return null;
      return h(
        'section',
        { class: 'record-list' },
        h('h3', {}, `${KIND_NAMES[kind]} (${of.length})`),
        h(
          'ul',
          {},
          ...of.map((i) => {
            const button = h(
              'button',
              { type: 'button', class: `record hl-${i.kind}`, 'data-key': i.key, 'aria-pressed': 'false' },
              i.label,
            );
            button.addEventListener('click', () => select(i.key, { focus: false }));
            buttons.set(i.key, button);
            return h('li', {}, button);
          }),
        ),
      );
    })
    .filter((x) => x !== null);

  const header = h(
    'header',
    { class: 'article-head' },
    h('h1', {}, a.title ?? headline(a.text)),
    h(
      'p',
      { class: 'muted' },
      formatDate(a.published),
      a.source ? ` · ${a.source}` : '',
      a.url ? ' · ' : '',
      a.url ? h('span', { class: 'url' }, a.url) : '',
      ` · id ${a.id.slice(0, 12)}`,
      stored.knowledgeVersion ? ` · knowledge ${stored.knowledgeVersion}` : '',
      ` · stages ${stored.stages.join(' → ') || 'none'}`,
    ),
    h(
      'p',
      { class: 'legend-line' },
      h('span', { class: 'key hl-event' }, 'event'),
      ' ',
      h('span', { class: 'key hl-quote' }, 'quote'),
      ' ',
      h('span', { class: 'key hl-mention' }, 'mention'),
      ' ',
      h('span', { class: 'key hl-place' }, 'place'),
      ' ',
      h('span', { class: 'key hl-commitment' }, 'commitment'),
    ),
  );
  const panel = h(
    'aside',
    { class: 'evidence-panel', 'aria-label': 'Records and their evidence' },
    h('section', { class: 'card explain-card' }, h('h2', {}, 'Explanation'), explain),
    items.length === 0
      ? muted('No records were found in this article yet.')
      : h('div', { class: 'card' }, ...lists),
  );
  if (initial && byKey.has(initial)) queueMicrotask(() => select(initial, { focus: true }));
  return [header, h('div', { class: 'reader-layout' }, h('div', { class: 'card' }, text), panel)];
}
