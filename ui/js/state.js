// The search state and its URL. The URL is the only source of truth: every change pushes a new
// URL, and back/forward (popstate) re-reads it. Example: /?q=santé+mentale&theme=mental&page=2&sort=date

/** The API's facet names, in the order the page shows them. */
export const FACETS = Object.freeze(['type', 'dispositif', 'theme', 'partner', 'signatory', 'commune', 'epci',
  'departement', 'region', 'year', 'format', 'acronym', 'quality']);

export const PAGE_SIZE = 10;

/** Reads a state from a query string ("?q=…&theme=…"); unknown or malformed parts are ignored. */
export function parseState(search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const name of FACETS) {
    const values = [...new Set(params.getAll(name).filter((v) => v !== ''))];
    if (values.length > 0) filters[name] = values;
  }
  return {
    q: params.get('q') ?? '',
    filters,
    yearFrom: yearParam(params.get('yearFrom')),
    yearTo: yearParam(params.get('yearTo')),
    inForce: yearParam(params.get('inForce')),
    unit: params.get('unit') === 'section' ? 'section' : 'document',
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    page: pageParam(params.get('page')),
    correct: params.get('correct') !== 'false',
  };
}

function yearParam(text) {
  return /^\d{4}$/.test(text ?? '') ? Number(text) : null;
}

function pageParam(text) {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** The query string of a state, defaults left out, in a stable order. */
export function toQueryString(state) {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  for (const name of FACETS) {
    for (const value of state.filters[name] ?? []) params.append(name, value);
  }
  if (state.yearFrom !== null) params.set('yearFrom', String(state.yearFrom));
  if (state.yearTo !== null) params.set('yearTo', String(state.yearTo));
  if ((state.inForce ?? null) !== null) params.set('inForce', String(state.inForce));
  if (state.unit === 'section') params.set('unit', 'section');
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.correct === false) params.set('correct', 'false');
  return params.toString();
}

/** The page URL of a state: "/" or "/?…". */
export function toUrl(state) {
  const query = toQueryString(state);
  return query === '' ? '/' : `/?${query}`;
}

export function isSelected(state, name, value) {
  return (state.filters[name] ?? []).includes(value);
}

export function hasFilters(state) {
  return Object.keys(state.filters).length > 0 || state.yearFrom !== null || state.yearTo !== null
    || (state.inForce ?? null) !== null;
}

/** Ticks or unticks one facet value; back to page 1. */
export function withFilter(state, name, value, on) {
  const current = state.filters[name] ?? [];
  const values = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  const filters = { ...state.filters, [name]: values };
  if (values.length === 0) delete filters[name];
  return { ...state, filters, page: 1 };
}

export function withYearRange(state, yearFrom, yearTo) {
  return { ...state, yearFrom, yearTo, page: 1 };
}

/** Removes every filter, keeps the query and the sort. */
export function withoutFilters(state) {
  return { ...state, filters: {}, yearFrom: null, yearTo: null, inForce: null, page: 1 };
}

/** A new query keeps the filters (the user refines), back to page 1. */
export function withQuery(state, q) {
  return { ...state, q, page: 1, correct: true };
}

/** The query exactly as typed, never replaced by its spelling correction (« rechercher plutôt »). */
export function withExactQuery(state, q) {
  return { ...state, q, page: 1, correct: false };
}

/** Contracts in force that year (null: no such filter). */
export function withInForce(state, inForce) {
  return { ...state, inForce, page: 1 };
}

/** Hits are documents, or the sections (fiches, articles) of structured documents. */
export function withUnit(state, unit) {
  return { ...state, unit, page: 1 };
}

export function withSort(state, sort) {
  return { ...state, sort, page: 1 };
}

export function withPage(state, page) {
  return { ...state, page };
}
