import { formatSigned, goldsteinColor, s, title } from '../dom.js';
import type { Dyad } from '../types.js';

export interface NetworkOptions {
  readonly nodeHref: (code: string) => string;
  readonly edgeHref: (source: string, target: string) => string;
}

const W = 900;
const H = 640;

interface Node {
  readonly code: string;
  readonly events: number;
  readonly x: number;
  readonly y: number;
  readonly angle: number;
}

/**
 * Who acts on whom: actors on a circle, grouped by the country their code starts with, and one curved arrow
 * per direction of each pair — wider for more events, coloured by the mean Goldstein score (red conflict,
 * blue cooperation). A circle keeps every label readable and the picture stable between visits.
 */
export function networkChart(dyads: readonly Dyad[], options: NetworkOptions): SVGSVGElement {
  const totals = new Map<string, number>();
  for (const d of dyads) {
    totals.set(d.source, (totals.get(d.source) ?? 0) + d.events);
    totals.set(d.target, (totals.get(d.target) ?? 0) + d.events);
  }
  const codes = [...totals.keys()].sort();
  const radius = Math.min(W, H) / 2 - 90;
  const nodes = new Map<string, Node>(
    codes.map((code, i) => {
      const angle = (2 * Math.PI * i) / codes.length - Math.PI / 2;
      return [
        code,
        {
          code,
          events: totals.get(code) ?? 0,
          angle,
          x: W / 2 + radius * Math.cos(angle),
          y: H / 2 + radius * Math.sin(angle),
        },
      ];
    }),
  );
  const maxEdge = Math.max(1, ...dyads.map((d) => d.events));
  const maxNode = Math.max(1, ...totals.values());
  const nodeR = (n: Node) => 7 + 13 * Math.sqrt(n.events / maxNode);

  const svg = s('svg', {
    viewBox: `0 0 ${W} ${H}`,
    class: 'chart network-chart',
    role: 'img',
    'aria-label': `Actor network: ${codes.length} actors, ${dyads.length} directed pairs`,
  });
  const defs = s('defs');
  defs.append(
    s(
      'marker',
      {
        id: 'arrow',
        viewBox: '0 0 10 10',
        refX: 9,
        refY: 5,
        markerWidth: 7,
        markerHeight: 7,
        orient: 'auto-start-reverse',
        markerUnits: 'userSpaceOnUse',
      },
      s('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow-head' }),
    ),
  );
  svg.append(defs);

  const edges = s('g', { class: 'edges' });
  for (const d of [...dyads].sort((a, b) => a.events - b.events)) {
    const a = nodes.get(d.source);
    const b = nodes.get(d.target);
    if (!a || !b || a === b) continue;
    // A quadratic curve bending to the right of the direction of travel keeps A→B and B→A apart.
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const length = Math.hypot(dx, dy) || 1;
    const [ux, uy] = [dx / length, dy / length];
    const bend = Math.min(60, length * 0.18);
    const cx = (a.x + b.x) / 2 - uy * bend;
    const cy = (a.y + b.y) / 2 + ux * bend;
    const end = (n: Node, towardX: number, towardY: number) => {
      const ex = towardX - n.x;
      const ey = towardY - n.y;
      const el = Math.hypot(ex, ey) || 1;
      const r = nodeR(n) + 2;
      return [n.x + (ex / el) * r, n.y + (ey / el) * r] as const;
    };
    const [sx, sy] = end(a, cx, cy);
    const [tx, ty] = end(b, cx, cy);
    const width = 1.2 + 7 * Math.sqrt(d.events / maxEdge);
    const path = s(
      'path',
      {
        class: 'edge',
        d: `M${sx},${sy} Q${cx},${cy} ${tx},${ty}`,
        'stroke-width': width.toFixed(2),
        stroke: goldsteinColor(d.goldsteinMean),
        'marker-end': 'url(#arrow)',
        'data-source': d.source,
        'data-target': d.target,
      },
      title(`${d.source} → ${d.target}: ${d.events} events, mean Goldstein ${formatSigned(d.goldsteinMean)}`),
    );
    const link = s('a', { href: options.edgeHref(d.source, d.target), class: 'edge-link' }, path);
    link.setAttribute('aria-label', `${d.source} to ${d.target}: ${d.events} events`);
    edges.append(link);
  }
  svg.append(edges);

  const layer = s('g', { class: 'nodes' });
  for (const n of nodes.values()) {
    const r = nodeR(n);
    const outward = Math.cos(n.angle) >= 0 ? 'start' : 'end';
    const lx = n.x + Math.cos(n.angle) * (r + 6);
    const ly = n.y + Math.sin(n.angle) * (r + 6) + 4;
    const group = s(
      'a',
      { href: options.nodeHref(n.code), class: 'node', 'data-code': n.code },
      s('circle', { cx: n.x, cy: n.y, r, class: `node-circle country-${n.code.slice(0, 3)}` }),
      s('text', { x: lx, y: ly, 'text-anchor': outward, class: 'node-label' }, n.code),
      title(`${n.code}: ${n.events} events`),
    );
    group.setAttribute('aria-label', `${n.code}: ${n.events} events`);
    layer.append(group);
  }
  svg.append(layer);
  return svg;
}
