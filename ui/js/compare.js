// « Comparer »: the documents of a search as rows, themes (or dispositifs, partners, signatories)
// as columns; each cell says how often the document names the value and links to the page and the
// section where it first does. State in the URL, like the search page: /comparer.html?dispositif=cls&by=theme

import { compare, documentUrl } from './api.js';
import { h } from './dom.js';
import { entityUrl } from './entities.js';
import { parseState, toQueryString, toUrl, withFilter, withQuery } from './state.js';
import { countOf, formatNumber, formatPeriod, sectionName } from './text.js';

const $ = (id) => document.getElementById(id);
const BY = ['theme', 'dispositif', 'partner', 'signatory'];
const BY_LABEL = { theme: 'Thème', dispositif: 'Dispositif', partner: 'Partenaire', signatory: 'Signataire' };
let runs = 0;
let controller = null;

function readState() {
  const params = new URLSearchParams(location.search);
  return { search: parseState(location.search), by: BY.includes(params.get('by')) ? params.get('by') : 'theme' };
}

function urlOf(search, by) {
  const params = new URLSearchParams(toQueryString({ ...search, page: 1 }));
  if (by !== 'theme') params.set('by', by);
  const query = params.toString();
  return `/comparer.html${query ? `?${query}` : ''}`;
}

async function run() {
  const { search, by } = readState();
  $('compare-q').value = search.q;
  $('compare-by').value = by;
  $('compare-contracts').checked = (search.filters.dispositif ?? []).includes('cls');
  const back = document.querySelector('.site-nav a[href="/"]');
  if (back) back.href = toUrl({ ...search, page: 1 });
  const box = $('compare');
  box.setAttribute('aria-busy', 'true');
  controller?.abort();
  controller = new AbortController();
  try {
    const table = await compare(search, by, controller.signal);
    render(box, table, search, by);
    box.dataset.state = table.rows.length === 0 ? 'empty' : 'ready';
  } catch (error) {
    if (error.name === 'AbortError') return;
    box.replaceChildren(h('p', { class: 'state-box error-text' }, `Comparaison indisponible (${error.message}).`));
    box.dataset.state = 'error';
  }
  box.dataset.seq = String(++runs);
  box.setAttribute('aria-busy', 'false');
}

function render(box, table, search, by) {
  $('compare-summary').textContent = table.total === 0 ? 'Aucun document ne correspond à cette recherche.'
    : `${countOf(table.total, 'document')}${table.listed < table.total ? `, les ${formatNumber(table.listed)} premiers comparés` : ''}, ${countOf(table.columns.length, BY_LABEL[by].toLowerCase())}.`;
  if (table.rows.length === 0) {
    box.replaceChildren();
    return;
  }
  const columns = table.columns;
  box.replaceChildren(h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'compare-caption' },
    h('table', { class: 'compare-table', id: 'compare-table' },
      h('caption', { id: 'compare-caption' }, `Documents et ${BY_LABEL[by].toLowerCase()}s : nombre de mentions`),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Document'),
        h('th', { scope: 'col' }, 'En vigueur'),
        columns.map((c) => h('th', { scope: 'col', 'data-value': c.value },
          h('a', { href: entityUrl(by === 'signatory' ? 'partner' : by, c.value) }, c.label),
          h('span', { class: 'muted col-count' }, ` (${formatNumber(c.count)})`))))),
      h('tbody', {}, table.rows.map((row) => h('tr', { 'data-id': row.id },
        h('th', { scope: 'row' },
          h('a', { href: documentUrl(row.id, search.q) }, row.title || row.path),
          row.places.length > 0 ? h('span', { class: 'muted row-places' }, row.places.slice(0, 2).map((p) => p.label).join(', ')) : null),
        h('td', {}, row.period ? formatPeriod(row.period) : (row.year ? String(row.year) : '')),
        columns.map((c) => cell(row, c)))))))); 
}

function cell(row, column) {
  const found = row.cells[column.value];
  if (!found) return h('td', { class: 'cell-none' }, h('span', { 'aria-hidden': 'true' }, '—'), h('span', { class: 'sr-only' }, 'non'));
  const text = found.mentions > 0 ? formatNumber(found.mentions) : 'oui';
  const where = [found.page ? `p.\u00a0${found.page}` : null,
    found.section ? `${sectionName(found.section)}${found.section.title ? ` « ${found.section.title} »` : ''}` : null]
    .filter(Boolean).join(', ');
  const href = documentUrl(row.id, '', found.page);
  return h('td', { class: 'cell-yes', 'data-value': column.value },
    h('a', { href, 'aria-label': `${text} ${found.mentions > 1 ? 'mentions' : 'mention'} de ${column.label}${where ? `, ${where}` : ''}` }, text),
    found.section ? h('span', { class: 'cell-section' }, sectionName(found.section)) : null);
}

function navigate(url) {
  if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  run();
}

$('compare-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const { search, by } = readState();
  navigate(urlOf(withQuery(search, $('compare-q').value), by));
});
$('compare-by').addEventListener('change', () => navigate(urlOf(readState().search, $('compare-by').value)));
$('compare-contracts').addEventListener('change', (event) => {
  const { search, by } = readState();
  navigate(urlOf(withFilter(search, 'dispositif', 'cls', event.target.checked), by));
});
window.addEventListener('popstate', run);
run();
