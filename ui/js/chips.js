// Active filters as removable chips, plus « Tout effacer ».

import { h } from './dom.js';
import { labelOf } from './labels.js';
import { FACETS, hasFilters } from './state.js';
import { FACET_LABELS } from './text.js';

/** The active filters of a state as [{key, name, value, text}], in facet order. */
export function activeFilters(state) {
  const list = [];
  for (const name of FACETS) {
    for (const value of state.filters[name] ?? []) {
      list.push({ key: `${name}=${value}`, name, value, text: `${FACET_LABELS[name]}\u00a0: ${labelOf(name, value)}` });
    }
  }
  if (state.yearFrom !== null) {
    list.push({ key: 'yearFrom', name: 'yearFrom', value: state.yearFrom, text: `À partir de ${state.yearFrom}` });
  }
  if (state.yearTo !== null) {
    list.push({ key: 'yearTo', name: 'yearTo', value: state.yearTo, text: `Jusqu’en ${state.yearTo}` });
  }
  if ((state.inForce ?? null) !== null) {
    list.push({ key: 'inForce', name: 'inForce', value: state.inForce, text: `En vigueur en ${state.inForce}` });
  }
  return list;
}

/** Renders chips; onRemove(filter) for one chip, onClear() for « Tout effacer ». */
export function renderChips(container, state, { onRemove, onClear }) {
  if (!hasFilters(state)) {
    container.replaceChildren();
    container.hidden = true;
    return;
  }
  container.hidden = false;
  const chips = activeFilters(state).map((filter) => h('li', {},
    h('button', {
      type: 'button',
      class: 'chip',
      'data-filter': filter.key,
      'aria-label': `Retirer le filtre ${filter.text}`,
      onclick: () => onRemove(filter),
    }, h('span', {}, filter.text), h('span', { class: 'chip-x', 'aria-hidden': 'true' }, '×'))));
  container.replaceChildren(
    h('h3', { class: 'sr-only', id: 'chips-title' }, 'Filtres actifs'),
    h('ul', { class: 'chips', 'aria-labelledby': 'chips-title' }, chips),
    h('button', { type: 'button', class: 'link-button clear-all', onclick: onClear }, 'Tout effacer'));
}
