import type { Params } from '../api.js';
import { field, h, QUAD_NAMES, QUADS } from '../dom.js';

/** The event filters a view keeps in its address, so a view can be bookmarked and shared. */
export const FILTER_KEYS = ['actor', 'dyad', 'root', 'quadClass', 'since', 'until', 'negated'] as const;

export function filterParams(params: URLSearchParams): Params {
  const out: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) out[key] = value;
  }
  return out;
}

const ROOTS: readonly [string, string][] = [
  ['01', 'make public statement'],
  ['02', 'appeal'],
  ['03', 'express intent to cooperate'],
  ['04', 'consult'],
  ['05', 'engage in diplomatic cooperation'],
  ['06', 'engage in material cooperation'],
  ['07', 'provide aid'],
  ['08', 'yield'],
  ['09', 'investigate'],
  ['10', 'demand'],
  ['11', 'disapprove'],
  ['12', 'reject'],
  ['13', 'threaten'],
  ['14', 'protest'],
  ['15', 'exhibit force posture'],
  ['16', 'reduce relations'],
  ['17', 'coerce'],
  ['18', 'assault'],
  ['19', 'fight'],
  ['20', 'use unconventional mass violence'],
];
export const rootName = (root: string): string => ROOTS.find(([r]) => r === root)?.[1] ?? root;

/**
 * The filter form: actor, dyad, CAMEO root, QuadClass and dates (and whatever `extra` adds). Submitting it
 * calls `apply` with the values that are set; every control is a plain labelled form element.
 */
export function filterForm(
  params: URLSearchParams,
  apply: (values: Record<string, string>) => void,
  extra: readonly HTMLElement[] = [],
): HTMLFormElement {
  const [a = '', b = ''] = (params.get('dyad') ?? '').split(',');
  const input = (name: string, value: string, attrs: Record<string, string> = {}) =>
    h('input', { name, value, autocomplete: 'off', ...attrs });
  const select = (name: string, options: readonly [string, string][], value: string) => {
    const control = h('select', { name }, h('option', { value: '' }, 'any'));
    for (const [v, text] of options) control.append(h('option', { value: v, selected: v === value }, text));
    return control;
  };
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': 'Filter events' },
    field('Actor', input('actor', params.get('actor') ?? '', { placeholder: 'id or code, e.g. RUS' })),
    h(
      'fieldset',
      { class: 'field dyad-field' },
      h('legend', {}, 'Dyad'),
      input('dyadA', a, { placeholder: 'RUS', 'aria-label': 'first actor code', size: '6' }),
      h('span', { 'aria-hidden': 'true' }, '–'),
      input('dyadB', b, { placeholder: 'UKR', 'aria-label': 'second actor code', size: '6' }),
    ),
    field(
      'Root',
      select(
        'root',
        ROOTS.map(([r, name]) => [r, `${r} ${name}`]),
        params.get('root') ?? '',
      ),
    ),
    field(
      'QuadClass',
      select(
        'quadClass',
        QUADS.map((q) => [String(q), `${q} ${QUAD_NAMES[q]}`]),
        params.get('quadClass') ?? '',
      ),
    ),
    field('From', input('since', params.get('since') ?? '', { type: 'date' })),
    field('To', input('until', params.get('until') ?? '', { type: 'date' })),
    ...extra,
    h('button', { type: 'submit' }, 'Apply'),
    h('button', { type: 'reset', class: 'secondary' }, 'Clear'),
  );
  const values = (): Record<string, string> => {
    const data = new FormData(form);
    const out: Record<string, string> = {};
    for (const [key, value] of data.entries())
      if (typeof value === 'string' && value.trim()) out[key] = value.trim();
    const dyadA = out.dyadA;
    const dyadB = out.dyadB;
    delete out.dyadA;
    delete out.dyadB;
    if (dyadA && dyadB) out.dyad = `${dyadA.toUpperCase()},${dyadB.toUpperCase()}`;
    return out;
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(values());
  });
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    apply({});
  });
  return form;
}

const INTERVALS = ['day', 'week', 'month'] as const;

/** The bucket width of a time chart: day, week or month. */
export function intervalField(interval: string): HTMLElement {
  return field(
    'Per',
    h(
      'select',
      { name: 'interval' },
      ...INTERVALS.map((i) => h('option', { value: i, selected: i === interval }, i)),
    ),
  );
}
