import type { ArticleSummary, Counts } from '../store/port.js';

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A plain server-rendered page: what the store holds and the latest articles. */
export function homePage(counts: Counts, articles: readonly ArticleSummary[]): string {
  const rows = articles
    .map(
      (a) =>
        `<tr><td>${a.published}</td><td><a href="/api/articles/${a.id}">${escapeHtml(a.title ?? a.id.slice(0, 12))}</a></td><td>${a.words}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>sitrep</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}td{padding:.2rem .6rem}</style>
</head><body>
<h1>sitrep</h1>
<p>${counts.articles} articles, ${counts.events} events, ${counts.quotes} quotes, ${counts.mentions} mentions.</p>
<table><thead><tr><th>date</th><th>article</th><th>words</th></tr></thead><tbody>
${rows}
</tbody></table>
</body></html>`;
}
