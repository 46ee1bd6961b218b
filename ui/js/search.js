// The search page: reads the state from the URL, asks the API, renders every part; each user action
// pushes a new URL so searches can be bookmarked, shared and navigated with back/forward.

import { search } from './api.js';
import { renderCharts } from './charts.js';
import { renderChips } from './chips.js';
import { renderFacets } from './facets.js';
import { rememberLabels } from './labels.js';
import { renderDidYouMean, renderError, renderHits, renderPagination, summaryText } from './results.js';
import { parseState, toQueryString, toUrl, withFilter, withInForce, withQuery, withSort, withUnit, withYearRange, withoutFilters } from './state.js';
import { attachSuggest } from './suggest.js';

const $ = (id) => document.getElementById(id);
const els = {
  form: $('search-form'), q: $('q'), listbox: $('q-listbox'), suggestStatus: $('q-suggest-status'),
  sort: $('sort'), unit: $('unit'), sortRelevance: $('sort-relevance'), summary: $('results-summary'), title: $('results-title'), chips: $('chips'),
  didYouMean: $('did-you-mean'), charts: $('charts'), results: $('results'), pagination: $('pagination'),
  facets: $('facets'), filters: $('filters'), filtersToggle: $('filters-toggle'),
  mapLink: document.querySelector('.site-nav a[href^="/territoires.html"]'),
  compareLink: $('compare-link'), exportCsv: $('export-csv'), feedAtom: $('feed-atom'), feedLink: $('feed-link'),
};

let state = parseState(location.search);
let lastAnswer = null;
let controller = null;
let searches = 0; // rendered searches, exposed as data-seq so tests (and tools) can wait for one

/** Goes to a new state: new history entry, then search. */
function navigate(next, { focus = null } = {}) {
  const url = toUrl(next);
  if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  state = next;
  run().then(() => focus?.());
}

async function run() {
  els.q.value = state.q;
  // « Territoires » maps the search on show; the CSV export and the Atom feed list its documents.
  const query = toQueryString({ ...state, page: 1 });
  const withState = (path) => (query ? `${path}?${query}` : path);
  els.mapLink.href = withState('/territoires.html');
  els.exportCsv.href = withState('/api/export.csv');
  els.feedAtom.href = withState('/api/feed.atom');
  els.feedLink.href = withState('/api/feed.atom');
  els.compareLink.href = withState('/comparer.html');
  showSort();
  els.unit.value = state.unit;
  document.title = state.q.trim() ? `${state.q.trim()} – Recherche – santekb` : 'Recherche – santekb';
  controller?.abort();
  controller = new AbortController();
  const ran = state;
  els.results.setAttribute('aria-busy', 'true');
  els.results.dataset.state = 'loading';
  try {
    const answer = await search(ran, controller.signal);
    if (ran !== state) return; // a newer search is on its way
    lastAnswer = answer;
    render(answer);
    els.results.dataset.total = String(answer.total);
    els.results.dataset.state = answer.total === 0 ? 'empty' : 'ready';
  } catch (error) {
    if (error.name === 'AbortError' || ran !== state) return;
    lastAnswer = null;
    renderFailure(error);
    els.results.dataset.state = 'error';
  }
  els.results.dataset.query = toQueryString(ran);
  els.results.dataset.seq = String(++searches);
  els.results.setAttribute('aria-busy', 'false');
}

/**
 * Without words to match, the API lists the newest first whatever the sort: the select then says
 * « date » and pertinence cannot be picked. The URL keeps the state's own sort untouched.
 */
function showSort() {
  const browsing = state.q.trim() === '';
  els.sortRelevance.disabled = browsing;
  els.sort.value = browsing ? 'date' : state.sort;
}

function render(answer) {
  for (const [name, values] of Object.entries(answer.facets ?? {})) rememberLabels(name, values);
  els.summary.textContent = summaryText(answer, state);
  renderChips(els.chips, state, chipHandlers);
  renderDidYouMean(els.didYouMean, answer, state);
  renderCharts(els.charts, answer.facets, state);
  renderHits(els.results, answer, state);
  renderPagination(els.pagination, answer, state);
  renderFacets(els.facets, answer.facets, state, facetHandlers, answer.estimatedFacets ?? []);
}

function renderFailure(error) {
  els.summary.textContent = '';
  renderChips(els.chips, state, chipHandlers);
  els.didYouMean.hidden = true;
  els.charts.hidden = true;
  els.pagination.hidden = true;
  renderError(els.results, error, state, () => run());
  renderFacets(els.facets, null, state, facetHandlers);
}

const facetHandlers = {
  onToggle: (name, value, checked) => navigate(withFilter(state, name, value, checked)),
  onYearRange: (from, to) => navigate(withYearRange(state, from, to)),
  onInForce: (year) => navigate(withInForce(state, year)),
  onRefresh: () => lastAnswer && renderFacets(els.facets, lastAnswer.facets, state, facetHandlers,
    lastAnswer.estimatedFacets ?? []),
};

const chipHandlers = {
  onRemove: (filter) => {
    const index = [...els.chips.querySelectorAll('.chip')].findIndex((c) => c.dataset.filter === filter.key);
    let next;
    if (filter.name === 'yearFrom') next = withYearRange(state, null, state.yearTo);
    else if (filter.name === 'yearTo') next = withYearRange(state, state.yearFrom, null);
    else if (filter.name === 'inForce') next = withInForce(state, null);
    else next = withFilter(state, filter.name, filter.value, false);
    // keyboard users stay among the chips: on the one that took its place, else on the heading
    navigate(next, {
      focus: () => {
        const chips = els.chips.querySelectorAll('.chip');
        (chips[index] ?? chips[chips.length - 1] ?? els.title).focus();
      },
    });
  },
  onClear: () => navigate(withoutFilters(state), { focus: () => els.title.focus() }),
};

els.form.addEventListener('submit', (event) => {
  event.preventDefault();
  navigate(withQuery(state, els.q.value));
});
attachSuggest(els.q, els.listbox, els.suggestStatus, () => els.form.requestSubmit());
els.sort.addEventListener('change', () => navigate(withSort(state, els.sort.value)));
els.unit.addEventListener('change', () => navigate(withUnit(state, els.unit.value)));

// In-page links (pagination, chart bars, corrections) change the state without reloading.
document.addEventListener('click', (event) => {
  const link = event.target.closest?.('a[data-nav]');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const paging = link.closest('#pagination') !== null;
  // getAttribute, not .href: chart bars are SVG links, whose href is not a string
  navigate(parseState(new URL(link.getAttribute('href'), location.href).search), {
    focus: paging ? () => { els.title.focus(); window.scrollTo(0, 0); } : null,
  });
});

window.addEventListener('popstate', () => {
  const next = parseState(location.search);
  // Skip links and other in-page anchors also fire popstate: the search itself did not change.
  if (toQueryString(next) === toQueryString(state)) return;
  state = next;
  run();
});

// On narrow screens the filters fold behind a button.
els.filtersToggle.addEventListener('click', () => {
  const open = els.filters.classList.toggle('is-open');
  els.filtersToggle.setAttribute('aria-expanded', String(open));
});
document.querySelector('a[href="#filters"]')?.addEventListener('click', () => {
  els.filters.classList.add('is-open');
  els.filtersToggle.setAttribute('aria-expanded', 'true');
});

run();
