// « Territoires »: a map of the départements of France coloured by the number of documents matching
// the current search (or by région), a legend, and the same counts as a table (the map's text
// alternative). A click on a territory opens the search filtered on it. State in the URL:
// /territoires.html?q=santé+mentale&level=region (plus any search filter).

import { facetValues } from './api.js';
import { h, s } from './dom.js';
import { REGION_OF } from './regions-of-departements.js';
import { parseState, toQueryString, toUrl } from './state.js';
import { countOf, formatNumber } from './text.js';
import geometry from './vendor/france-departements.js';

const $ = (id) => document.getElementById(id);
const CLASSES = 5;
let runs = 0;

function readState() {
  const params = new URLSearchParams(location.search);
  return { search: parseState(location.search), level: params.get('level') === 'region' ? 'region' : 'departement' };
}

function urlOf(search, level) {
  const params = new URLSearchParams(toQueryString({ ...search, page: 1 }));
  if (level === 'region') params.set('level', 'region');
  const query = params.toString();
  return `/territoires.html${query ? `?${query}` : ''}`;
}

async function run() {
  const { search, level } = readState();
  $('map-q').value = search.q;
  $(`level-${level}`).checked = true;
  const box = $('map');
  box.setAttribute('aria-busy', 'true');
  try {
    const values = await facetValues(level, '', 1000, { ...search, page: 1 });
    render(box, values, search, level);
    box.dataset.state = 'ready';
  } catch (error) {
    box.replaceChildren(h('p', { class: 'state-box error-text' }, `Carte indisponible (${error.message}).`));
    box.dataset.state = 'error';
  }
  box.dataset.seq = String(++runs);
  box.setAttribute('aria-busy', 'false');
}

/** Upper bounds of the colour classes 1..CLASSES, evenly spread over 1..max. */
function bounds(max) {
  const out = [];
  for (let c = 1; c <= CLASSES; c++) out.push(Math.max(c, Math.ceil((max * c) / CLASSES)));
  return [...new Set(out)];
}

function classOf(count, limits) {
  if (!count) return 0;
  const i = limits.findIndex((limit) => count <= limit);
  return (i < 0 ? limits.length - 1 : i) + 1;
}

function render(box, values, search, level) {
  const counts = new Map(values.map((v) => [v.value, v]));
  const max = Math.max(0, ...values.map((v) => v.count));
  const limits = bounds(Math.max(max, 1));
  const what = level === 'region' ? 'région' : 'département';
  const total = values.filter((v) => v.count > 0).length;
  $('map-summary').textContent = total === 0
    ? `Aucun document ne nomme de ${what} pour cette recherche.`
    : `${countOf(total, what)} avec au moins un document${search.q.trim() ? ` pour «\u00a0${search.q.trim()}\u00a0»` : ''}.`;
  // A click shows that territory's documents: the level's filter becomes that one value.
  const link = (code) => toUrl({ ...search, filters: { ...search.filters, [level]: [code] }, page: 1 });
  const svg = s('svg', { viewBox: geometry.viewBox, class: 'map-svg', role: 'group', 'aria-label': `Carte des ${what}s de France métropolitaine` },
    geometry.locations.map((loc) => {
      const code = level === 'region' ? REGION_OF[loc.id] : loc.id;
      const entry = counts.get(code);
      const count = entry?.count ?? 0;
      const label = level === 'region' ? entry?.label ?? code : loc.name;
      return s('a', { href: link(code), class: 'map-area', 'data-code': loc.id, 'data-value': code, 'data-count': String(count),
        'aria-label': `${label}\u00a0: ${countOf(count, 'document')}` },
      s('title', {}, `${label}\u00a0: ${countOf(count, 'document')}`),
      s('path', { d: loc.path, class: `map-c${classOf(count, limits)}` }));
    }));
  box.replaceChildren(
    h('div', { class: 'map-figure' }, svg, legend(limits)),
    table(values, level, link));
}

function legend(limits) {
  const items = [h('li', {}, h('span', { class: 'swatch map-c0', 'aria-hidden': 'true' }), 'aucun document')];
  let from = 1;
  limits.forEach((limit, i) => {
    items.push(h('li', {}, h('span', { class: `swatch map-c${i + 1}`, 'aria-hidden': 'true' }),
      from === limit ? countOf(limit, 'document') : `${formatNumber(from)} à ${countOf(limit, 'document')}`));
    from = limit + 1;
  });
  return h('div', { class: 'map-legend' }, h('p', { class: 'legend-title', id: 'map-legend-title' }, 'Légende'),
    h('ul', { 'aria-labelledby': 'map-legend-title' }, items));
}

function table(values, level, link) {
  const rows = values.filter((v) => v.count > 0);
  const name = level === 'region' ? 'Région' : 'Département';
  if (rows.length === 0) return h('p', { class: 'muted' }, 'Aucun territoire à lister.');
  return h('table', { class: 'map-table', id: 'map-table' },
    h('caption', {}, `Documents par ${name.toLowerCase()}`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, name), h('th', { scope: 'col' }, 'Documents'))),
    h('tbody', {}, rows.map((v) => h('tr', { 'data-value': v.value },
      h('th', { scope: 'row' }, h('a', { href: link(v.value) }, `${v.label}${level === 'departement' ? ` (${v.value})` : ''}`)),
      h('td', { class: 'num' }, formatNumber(v.count))))));
}

function navigate(url) {
  if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  run();
}

$('map-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const { search, level } = readState();
  navigate(urlOf({ ...search, q: $('map-q').value }, level));
});
$('map-level').addEventListener('change', (event) => {
  navigate(urlOf(readState().search, event.target.value));
});
window.addEventListener('popstate', run);
// The « Recherche » link goes back to the search shown on the map.
document.addEventListener('click', (event) => {
  const back = event.target.closest('.site-nav a[href="/"]');
  if (back) back.href = toUrl({ ...readState().search, page: 1 });
});
run();
