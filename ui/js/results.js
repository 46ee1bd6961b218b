// The result list: summary line, « Vouliez-vous dire … ? », hits with highlighted snippets and page
// links, pagination, and the empty and error states.

import { documentUrl, fileUrl } from './api.js';
import { h, snippetFragment } from './dom.js';
import { entityUrl } from './entities.js';
import { PAGE_SIZE, hasFilters, toUrl, withExactQuery, withPage, withQuery, withoutFilters } from './state.js';
import { countOf, formatNumber, formatPeriod, sectionName } from './text.js';

const MAX_PLACES = 3;

/**
 * The "12 documents pour « santé mentale »" line; an estimated total (a broad search over a large index) reads
 * "environ 720 000 documents", rounded to two significant digits.
 */
export function summaryText(answer, state) {
  const total = answer.estimated ? `environ ${countOf(roughly(answer.total), 'document')}`
    : countOf(answer.total, 'document');
  return state.q.trim() === '' ? total : `${total} pour «\u00a0${state.q.trim()}\u00a0»`;
}

/** n rounded to two significant digits (723 456 → 720 000). */
export function roughly(n) {
  if (n < 100) return n;
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / unit) * unit;
}

/**
 * « Résultats pour <correction> — rechercher plutôt <query> » when the API answered with the
 * correction of a query that matched nothing; else a link to a proposed correction, or nothing.
 */
export function renderDidYouMean(container, answer, state) {
  if (answer.correctedQuery) {
    container.hidden = false;
    container.replaceChildren(h('p', { class: 'did-you-mean corrected-query' },
      'Résultats pour ', h('strong', {}, answer.correctedQuery), ' — rechercher plutôt ',
      h('a', { href: toUrl(withExactQuery(state, state.q)), 'data-nav': '', class: 'exact-query-link' },
        state.q)));
    return;
  }
  const corrected = answer.didYouMean;
  if (!corrected || corrected === state.q) {
    container.replaceChildren();
    container.hidden = true;
    return;
  }
  container.hidden = false;
  container.replaceChildren(h('p', { class: 'did-you-mean' }, 'Vouliez-vous dire ',
    h('a', { href: toUrl(withQuery(state, corrected)), 'data-nav': '', class: 'did-you-mean-link' },
      h('strong', {}, corrected)),
    '\u00a0?'));
}

export function renderHits(container, answer, state) {
  if (answer.hits.length === 0) {
    container.replaceChildren(emptyState(answer, state));
    return;
  }
  const first = (answer.page - 1) * answer.size + 1;
  container.replaceChildren(h('ol', { class: 'hits', start: first },
    answer.hits.map((hit, i) => hitItem(hit, state, first + i))));
}

function hitItem(hit, state, rank) {
  const titleId = `hit-${rank}-title`;
  const title = hit.title || hit.path?.split('/').pop() || hit.id;
  const pdf = isPdf(hit);
  const places = placesOf(hit);
  const type = hit.type;
  const format = hit.facets.format?.[0]?.label;
  return h('li', { class: 'hit' },
    h('article', { 'aria-labelledby': titleId },
      h('h3', { class: 'hit-title', id: titleId },
        h('a', { href: documentUrl(hit.id, state.q), class: 'hit-link' }, title)),
      h('p', { class: 'hit-meta' },
        type ? h('span', { class: 'badge' }, type) : null,
        hit.year ? h('span', { class: 'hit-year' }, String(hit.year)) : null,
        hit.period ? h('span', { class: 'hit-period' }, `en vigueur ${formatPeriod(hit.period)}`) : null,
        places.map((place) => h('span', { class: 'hit-place' }, place))),
      (hit.sections ?? []).length > 0 ? sectionList(hit, pdf, state)
        : (hit.snippets ?? []).length > 0
          ? h('ul', { class: 'snippets' }, hit.snippets.map((snippet) => snippetItem(hit, snippet, pdf, state)))
          : null,
      h('p', { class: 'hit-links' },
        h('a', { href: fileUrl(hit.id), class: 'file-link' },
          `Fichier original${format ? ` (${format})` : ''}`),
        otherFormats(hit),
        hit.path ? h('span', { class: 'hit-path' }, hit.path) : null)));
}

/** « Aussi en : DOCX · ODT », each linking to that copy's file; nothing when there is no copy. */
function otherFormats(hit) {
  const others = hit.formats.slice(1);
  if (others.length === 0) return null;
  return h('span', { class: 'other-formats' }, 'Aussi en\u00a0: ',
    others.flatMap((copy, i) => [i > 0 ? ' · ' : null,
      h('a', { href: fileUrl(copy.id), class: 'format-link', title: copy.path }, copy.format || copy.path)]));
}

/** Section search: the fiches, axes or articles of the hit where the query matches, with their page. */
function sectionList(hit, pdf, state) {
  return h('ul', { class: 'section-hits' }, hit.sections.map((section) => {
    const page = Number.isInteger(section.page) && section.page > 0 ? section.page : null;
    const href = page && pdf ? fileUrl(hit.id, page) : documentUrl(hit.id, state.q, page);
    return h('li', { class: 'section-hit', 'data-kind': section.kind },
      h('p', { class: 'section-hit-title' },
        h('a', { href, class: 'section-link' }, `${sectionName(section)}${section.title ? ` — ${section.title}` : ''}`),
        page ? h('span', { class: 'muted' }, ` · p.\u00a0${page}`) : null),
      h('p', { class: 'snippet-text' }, snippetFragment(section.snippet)));
  }));
}

function snippetItem(hit, snippet, pdf, state) {
  const page = Number.isInteger(snippet.page) && snippet.page > 0 ? snippet.page : null;
  const text = h('span', { class: 'snippet-text' }, snippetFragment(snippet.text));
  if (page === null) return h('li', {}, text);
  // PDFs open at the page in the browser's viewer; other paged formats at the page in our view.
  const href = pdf ? fileUrl(hit.id, page) : documentUrl(hit.id, state.q, page);
  // The visible « p. 3 » starts the link's name (label in name, RGAA 6.1.5); the rest is for
  // screen readers.
  return h('li', {}, text, ' ',
    h('a', { href, class: 'page-link' }, `p.\u00a0${page}`,
      h('span', { class: 'sr-only' }, pdf ? ' (page du fichier original)' : ' (page du document)')));
}

function isPdf(hit) {
  return (hit.facets.format ?? []).some((f) => f.value === 'pdf');
}

/**
 * ["Marseille, Aubagne et 2 autres communes", "Bouches-du-Rhône"]: one item each, so the « · »
 * between them is drawn by CSS at the start of an item and never left at the end of a line. Each
 * place named links to its knowledge-base page.
 */
function placesOf(hit) {
  const communes = hit.facets.commune ?? [];
  const departements = hit.facets.departement ?? [];
  const link = (type, v) => h('a', { href: entityUrl(type, v.value), class: 'place-link' }, v.label);
  const parts = [];
  if (communes.length > 0) {
    const shown = communes.slice(0, MAX_PLACES).flatMap((v, i) => [i > 0 ? ', ' : null, link('commune', v)]);
    const more = communes.length - MAX_PLACES;
    parts.push(more > 0 ? [...shown, ` et ${countOf(more, 'autre commune', 'autres communes')}`] : shown);
  }
  if (departements.length > 0) parts.push(departements.flatMap((v, i) => [i > 0 ? ', ' : null, link('departement', v)]));
  return parts;
}

function emptyState(answer, state) {
  if (answer.total > 0) {
    // a page past the last one (an old bookmark, an edited URL): the results exist, this page does not
    return h('div', { class: 'state-box', role: 'status' },
      h('p', { class: 'state-title' }, 'Cette page de résultats n’existe pas.'),
      h('p', {}, h('a', { href: toUrl(withPage(state, 1)), 'data-nav': '', class: 'first-page-link' },
        'Revenir à la première page')));
  }
  const tips = [];
  if (answer.didYouMean) tips.push('essayez la correction proposée ci-dessus');
  tips.push('vérifiez l’orthographe des mots', 'essayez des mots plus généraux ou moins de mots');
  if (hasFilters(state)) tips.push('retirez un ou plusieurs filtres');
  return h('div', { class: 'state-box', role: 'status' },
    h('p', { class: 'state-title' }, 'Aucun résultat'),
    h('p', {}, state.q.trim() ? `Aucun document ne correspond à «\u00a0${state.q.trim()}\u00a0»${hasFilters(state) ? ' avec ces filtres' : ''}.`
      : 'Aucun document ne correspond à ces filtres.'),
    // French list punctuation: « ; » after each item, « . » after the last
    h('ul', {}, tips.map((tip, i) => h('li', {}, `${tip}${i === tips.length - 1 ? '.' : '\u00a0;'}`))));
}

/** The longest query the API accepts, in characters (see the search box's maxlength). */
export const MAX_QUERY_LENGTH = 1000;

/**
 * The error state; onRetry runs the same search again. The API's problem detail is English and
 * for developers: the page says in French what went wrong and never prints it.
 */
export function renderError(container, error, state, onRetry) {
  const unavailable = error.unavailable ?? true;
  if (unavailable) {
    container.replaceChildren(h('div', { class: 'state-box state-error', role: 'alert' },
      h('p', { class: 'state-title' }, 'Le service de recherche ne répond pas'),
      h('p', {}, 'Vérifiez votre connexion ou réessayez dans quelques instants.'),
      h('p', {}, h('button', { type: 'button', class: 'btn btn-secondary', onclick: onRetry }, 'Réessayer'))));
    return;
  }
  const refusal = refusalOf(error, state);
  const ways = [];
  if (refusal === 'page') {
    ways.push(h('a', { href: toUrl(withPage(state, 1)), 'data-nav': '', class: 'first-page-link' },
      'Revenir à la première page'));
  } else if (refusal === 'other' && hasFilters(state)) {
    ways.push(h('a', { href: toUrl(withoutFilters(state)), 'data-nav': '' }, 'Recommencer sans filtres'));
  }
  ways.push(h('a', { href: '/', 'data-nav': '', class: 'new-search-link' }, 'Nouvelle recherche'));
  container.replaceChildren(h('div', { class: 'state-box state-error', role: 'alert' },
    h('p', { class: 'state-title' }, 'Recherche impossible'),
    h('p', {}, REFUSALS[refusal]),
    h('ul', { class: 'state-actions' }, ways.map((way) => h('li', {}, way)))));
}

const REFUSALS = Object.freeze({
  query: `La requête est trop longue (${formatNumber(MAX_QUERY_LENGTH)}\u00a0caractères au plus).`,
  page: 'Cette page de résultats n’existe pas.',
  other: 'L’adresse de cette recherche contient un paramètre que le service n’accepte pas.',
});

/** Which parameter a 400 refused: the query, the page, or something else. */
function refusalOf(error, state) {
  if (state.q.trim().length > MAX_QUERY_LENGTH || error.parameter === 'q') return 'query';
  if (error.parameter === 'page') return 'page';
  return 'other';
}

/** Numbered pages around the current one, with first, last, previous and next. */
export function renderPagination(container, answer, state) {
  const pages = Math.ceil(answer.total / (answer.size || PAGE_SIZE));
  if (pages <= 1) {
    container.replaceChildren();
    container.hidden = true;
    return;
  }
  container.hidden = false;
  const current = Math.min(answer.page, pages);
  const link = (page, text, attrs = {}) => h('li', {}, h('a', {
    href: toUrl(withPage(state, page)), 'data-nav': '', class: 'page', ...attrs,
  }, text));
  const items = [];
  if (current > 1) items.push(link(current - 1, '‹ Précédente', { rel: 'prev', class: 'page page-step' }));
  let previous = 0;
  for (const page of pageWindow(current, pages)) {
    if (page - previous > 1) items.push(h('li', { class: 'page-gap', 'aria-hidden': 'true' }, '…'));
    items.push(page === current
      ? h('li', {}, h('a', { href: toUrl(withPage(state, page)), 'aria-current': 'page', class: 'page', 'data-nav': '',
        'aria-label': `Page ${page}` }, String(page)))
      : link(page, String(page), { 'aria-label': `Page ${page}` }));
    previous = page;
  }
  if (current < pages) items.push(link(current + 1, 'Suivante ›', { rel: 'next', class: 'page page-step' }));
  container.replaceChildren(h('ul', { class: 'pagination' }, items));
}

function pageWindow(current, pages) {
  const set = new Set([1, pages, current - 1, current, current + 1]);
  return [...set].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
}
