// The facet panel: one fieldset per facet with checkboxes and counts, a search box inside the long
// facets (partners, communes) backed by /api/facets/{name}?prefix=…, and a year range.

import { facetValues } from './api.js';
import { debounce, h, idFragment } from './dom.js';
import { entityUrl, isEntityType } from './entities.js';
import { labelOf, rememberLabels } from './labels.js';
import { FACETS, isSelected } from './state.js';
import { FACET_LABELS, countOf, formatNumber } from './text.js';

const SEARCHABLE = new Set(['partner', 'commune']);
const SHOWN = 8;
const PREFIX_SIZE = 30;
const SEARCH_PLACEHOLDER = { partner: 'ex. ARS, CPAM', commune: 'ex. Marseille' };

// Panel state that outlives one render: what was typed in facet search boxes, which lists are open.
const prefixes = new Map();
const expanded = new Set();

/**
 * Renders the panel for a search answer's facets (null when the search failed). Handlers: onToggle(name, value, checked) and
 * onYearRange(from, to); keyboard focus is kept on the same control across renders. The counts of the facets named in
 * estimated (the answer's estimatedFacets: made in a sample of a large index) read « ≈ ».
 */
export function renderFacets(container, facets, state, handlers, estimated = []) {
  const focusedId = container.contains(document.activeElement) ? document.activeElement.id : '';
  const sections = FACETS
    .map((name) => facetSection(name, facets?.[name] ?? [], state, handlers, estimated.includes(name)))
    .filter(Boolean);
  const none = facets ? [h('p', { class: 'muted' }, 'Aucun filtre disponible pour ces résultats.')] : [];
  container.replaceChildren(...(sections.length > 0 ? sections : none));
  if (focusedId) document.getElementById(focusedId)?.focus();
}

function facetSection(name, values, state, handlers, estimated) {
  rememberLabels(name, values);
  const selected = state.filters[name] ?? [];
  const searchable = SEARCHABLE.has(name);
  const hasYearRange = name === 'year' && (state.yearFrom !== null || state.yearTo !== null);
  if (values.length === 0 && selected.length === 0 && !(searchable && prefixes.get(name)) && !hasYearRange) {
    return null;
  }
  const legendId = `facet-${name}-legend`;
  const list = h('ul', { class: 'facet-values', id: `facet-${name}-values` });
  const fieldset = h('fieldset', { class: 'facet', 'aria-labelledby': legendId, 'data-facet': name },
    h('legend', { id: legendId }, FACET_LABELS[name]));
  if (searchable) fieldset.append(facetSearch(name, list, state, handlers));
  fieldset.append(list);
  fillValues(name, list, withSelected(name, orderValues(name, values), selected), state, handlers, estimated);
  if (name === 'year') fieldset.append(yearRange(state, handlers), inForceForm(state, handlers));
  return fieldset;
}

const QUALITY_ORDER = ['bonne', 'moyenne', 'faible'];

/** Years newest first, quality levels best first; other facets keep the API's order (by count). */
function orderValues(name, values) {
  if (name === 'year') return [...values].sort((a, b) => String(b.value).localeCompare(String(a.value)));
  if (name === 'quality') return [...values].sort((a, b) => QUALITY_ORDER.indexOf(a.value) - QUALITY_ORDER.indexOf(b.value));
  return values;
}

/** Ticked values always stay visible, even when the API's top values leave them out. */
function withSelected(name, values, selected) {
  const missing = selected.filter((v) => !values.some((entry) => entry.value === v))
    .map((value) => ({ value, label: labelOf(name, value), count: null }));
  return [...missing, ...values];
}

/** The list's items; estimated: the counts are estimates (« ≈ 1 200 », read « environ 1 200 documents »). */
function fillValues(name, list, values, state, handlers, estimated = false) {
  const open = expanded.has(name) || prefixes.get(name);
  const items = values.map((entry, i) => {
    const id = `facet-${name}-${idFragment(entry.value)}`;
    const item = h('li', { hidden: !open && i >= SHOWN && !isSelected(state, name, entry.value) },
      h('input', {
        type: 'checkbox', id, name, value: entry.value,
        checked: isSelected(state, name, entry.value),
        onchange: (event) => handlers.onToggle(name, entry.value, event.target.checked),
      }),
      h('label', { for: id },
        h('span', { class: 'facet-label' }, entry.label || labelOf(name, entry.value)),
        entry.count === null || entry.count === undefined ? null : h('span', { class: 'facet-count' },
          h('span', { class: 'sr-only' }, estimated ? ' : environ ' : ' : '),
          estimated ? h('span', { 'aria-hidden': 'true', title: 'estimation' }, '≈\u00a0') : null,
          formatNumber(entry.count),
          h('span', { class: 'sr-only' }, entry.count > 1 ? ' documents' : ' document'))),
      isEntityType(name) ? entityLink(name, entry) : null);
    return item;
  });
  if (items.length === 0) items.push(h('li', { class: 'muted' }, 'Aucune valeur'));
  list.replaceChildren(...items);
  list.parentElement?.querySelector('.facet-more')?.remove();
  const hiddenCount = items.filter((item) => item.hidden).length;
  if (hiddenCount > 0 || (expanded.has(name) && values.length > SHOWN)) {
    const button = h('button', {
      type: 'button', class: 'link-button facet-more', id: `facet-${name}-more`,
      'aria-expanded': String(hiddenCount === 0), 'aria-controls': list.id,
    }, hiddenCount > 0 ? `Afficher plus (${formatNumber(hiddenCount)})` : 'Afficher moins');
    button.addEventListener('click', () => {
      if (hiddenCount > 0) expanded.add(name); else expanded.delete(name);
      fillValues(name, list, values, state, handlers, estimated);
      document.getElementById(`facet-${name}-more`)?.focus();
    });
    list.after(button);
  }
}

/** « fiche »: the value's knowledge-base page; its accessible name starts with the visible word. */
function entityLink(name, entry) {
  const label = entry.label || labelOf(name, entry.value);
  return h('a', { href: entityUrl(name, entry.value), class: 'facet-entity', 'aria-label': `fiche ${label}` }, 'fiche');
}

function facetSearch(name, list, state, handlers) {
  const id = `facet-${name}-search`;
  const input = h('input', {
    type: 'search', id, class: 'input input-sm', autocomplete: 'off',
    placeholder: SEARCH_PLACEHOLDER[name], value: prefixes.get(name) ?? '',
    'aria-controls': list.id,
  });
  const status = h('p', { class: 'sr-only', role: 'status', id: `${id}-status` });
  let controller = null;
  const run = debounce(async () => {
    const prefix = input.value.trim();
    prefixes.set(name, prefix);
    controller?.abort();
    controller = new AbortController();
    try {
      const found = prefix === '' ? null : await facetValues(name, prefix, PREFIX_SIZE, state, controller.signal);
      if (found === null) {
        handlers.onRefresh(); // back to the current results' values
        return;
      }
      rememberLabels(name, found);
      fillValues(name, list, withSelected(name, found, state.filters[name] ?? []), state, handlers);
      status.textContent = `${countOf(found.length, 'valeur')} trouvée${found.length > 1 ? 's' : ''}`;
    } catch (error) {
      if (error.name === 'AbortError') return;
      list.replaceChildren(h('li', { class: 'error-text' }, 'Recherche indisponible'));
    }
  }, 250);
  input.addEventListener('input', run);
  if (prefixes.get(name)) run(); // re-apply the typed prefix after a new search
  return h('div', { class: 'facet-search' },
    h('label', { for: id, class: 'label-sm' }, `Rechercher un${name === 'commune' ? 'e commune' : ' partenaire'}`),
    input, status);
}

/** « En vigueur en » : contracts whose validity period covers a year. */
function inForceForm(state, handlers) {
  const input = h('input', { type: 'number', id: 'in-force', class: 'input input-sm', min: 1900, max: 2100,
    inputmode: 'numeric', value: state.inForce ?? '' });
  const form = h('form', { class: 'year-range in-force', 'aria-label': 'Contrats en vigueur' },
    h('div', {}, h('label', { for: 'in-force', class: 'label-sm' }, 'Contrats en vigueur en'), input),
    h('button', { type: 'submit', class: 'btn btn-secondary btn-sm' }, 'Appliquer'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    handlers.onInForce(/^\d{4}$/.test(input.value) ? Number(input.value) : null);
  });
  return form;
}

function yearRange(state, handlers) {
  const from = h('input', { type: 'number', id: 'year-from', class: 'input input-sm', min: 1900, max: 2100,
    inputmode: 'numeric', value: state.yearFrom ?? '' });
  const to = h('input', { type: 'number', id: 'year-to', class: 'input input-sm', min: 1900, max: 2100,
    inputmode: 'numeric', value: state.yearTo ?? '' });
  const form = h('form', { class: 'year-range', 'aria-label': 'Période' },
    h('div', {}, h('label', { for: 'year-from', class: 'label-sm' }, 'De'), from),
    h('div', {}, h('label', { for: 'year-to', class: 'label-sm' }, 'À'), to),
    h('button', { type: 'submit', class: 'btn btn-secondary btn-sm' }, 'Appliquer'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const year = (input) => (/^\d{4}$/.test(input.value) ? Number(input.value) : null);
    let [a, b] = [year(from), year(to)];
    if (a !== null && b !== null && a > b) [a, b] = [b, a];
    handlers.onYearRange(a, b);
  });
  return form;
}
