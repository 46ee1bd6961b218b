// Calls to the JSON API (see /api/openapi.yaml). Failures become ApiError: `network` when the
// server cannot be reached, else the HTTP status with the problem+json title, detail and the
// refused parameter.

import { PAGE_SIZE, toQueryString } from './state.js';

export class ApiError extends Error {
  constructor(status, title, detail, parameter = null) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ApiError';
    this.status = status; // 0 when no answer came back
    this.title = title;
    this.detail = detail;
    this.parameter = parameter; // the query parameter the API refused, when it says which
  }

  /** True when the service is down or broken, as opposed to a request it refused. */
  get unavailable() {
    return this.status === 0 || this.status >= 500;
  }
}

async function getJson(url, signal) {
  let response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0, 'Le service de recherche ne répond pas', '');
  }
  if (!response.ok) {
    let problem = {};
    try {
      problem = await response.json();
    } catch {
      // not a problem+json body (a proxy page, an empty answer): the status says enough
    }
    throw new ApiError(response.status, String(problem.title ?? response.statusText),
      String(problem.detail ?? ''), problem.parameter ?? null);
  }
  try {
    return await response.json();
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(response.status, 'Réponse illisible du service de recherche', '');
  }
}

export function search(state, signal) {
  const query = toQueryString(state);
  return getJson(`/api/search?${query}${query ? '&' : ''}size=${PAGE_SIZE}`, signal);
}

/** A document; with a query, where it matches the text (`highlights`), as the search matched it. */
export function getDocument(id, q, signal) {
  const query = q && q.trim() !== '' ? `?${new URLSearchParams({ q: q.trim() })}` : '';
  return getJson(`/api/documents/${encodeURIComponent(id)}${query}`, signal);
}

/** Completions for what is being typed: [{text, kind, id, marks}], marks to show in bold. */
export async function suggest(q, signal) {
  const answer = await getJson(`/api/suggest?q=${encodeURIComponent(q)}`, signal);
  return answer.suggestions;
}

/**
 * Values of one facet whose label starts with prefix, counted within the search of `state`:
 * [{value, label, count}].
 */
export async function facetValues(name, prefix, size, state, signal) {
  const params = new URLSearchParams(toQueryString({ ...state, page: 1, sort: 'relevance' }));
  params.set('prefix', prefix);
  params.set('size', String(size));
  const answer = await getJson(`/api/facets/${encodeURIComponent(name)}?${params}`, signal);
  return answer.values ?? [];
}

/** The original file; `#page=N` opens PDFs at that page in browsers' viewers. */
export function fileUrl(id, page) {
  const base = `/api/documents/${encodeURIComponent(id)}/file`;
  return page ? `${base}#page=${page}` : base;
}

/** The document view, carrying the query so the text can be highlighted. */
export function documentUrl(id, q, page) {
  const params = new URLSearchParams({ id });
  if (q && q.trim() !== '') params.set('q', q.trim());
  return `/document.html?${params}${page ? `#page-${page}` : ''}`;
}

/** Entities of one type whose names start with q at a word: {type, q, total, entities}. */
export function listEntities(type, q, { size = 50, all = false } = {}, signal) {
  const params = new URLSearchParams({ type, size: String(size) });
  if (q && q.trim() !== '') params.set('q', q.trim());
  if (all) params.set('all', 'true');
  return getJson(`/api/entities?${params}`, signal);
}

/** One entity's page: label, description, hierarchy, documents, related entities, network. */
export function getEntity(type, key, signal) {
  return getJson(`/api/entities/${encodeURIComponent(type)}/${encodeURIComponent(key)}`, signal);
}

/** The documents of a search against one facet's values: {by, total, listed, columns, rows}. */
export function compare(state, by, signal) {
  const params = new URLSearchParams(toQueryString({ ...state, page: 1 }));
  params.set('by', by);
  return getJson(`/api/compare?${params}`, signal);
}
