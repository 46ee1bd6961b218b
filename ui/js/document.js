// The document view (/document.html?id=…&q=…): metadata, facet values as links to filtered
// searches, and the cleaned text page by page with the query words highlighted.

import { fileUrl, getDocument } from './api.js';
import { entityUrl, isEntityType } from './entities.js';
import { h, snippetFragment } from './dom.js';
import { appendHighlighted } from './highlight.js';
import { rememberLabels } from './labels.js';
import { FACETS, toUrl, parseState } from './state.js';
import { attachSuggest } from './suggest.js';
import {
  FACET_LABELS, REPAIR_LABELS, countOf, formatBytes, formatDate, formatNumber, formatPeriod, formatShare, sectionName,
} from './text.js';

const ACTION_FIELDS = [
  ['title', 'Intitulé de l’action'], ['porteur', 'Porteur'], ['themes', 'Thèmes'],
  ['partners', 'Partenaires'], ['communes', 'Communes'], ['territorialLevel', 'Échelon territorial'],
  ['startYear', 'Année de début'], ['categories', 'Catégories'],
];
const LANGUAGES = { fr: 'français', en: 'anglais', de: 'allemand', es: 'espagnol', it: 'italien' };

const params = new URLSearchParams(location.search);
const id = params.get('id') ?? '';
const q = params.get('q') ?? '';
const container = document.getElementById('doc');
const searchInput = document.getElementById('q');
searchInput.value = q;
attachSuggest(searchInput, document.getElementById('q-listbox'), document.getElementById('q-suggest-status'),
  () => document.getElementById('search-form').requestSubmit());
setUpBackLink();
load();

function setUpBackLink() {
  const back = document.getElementById('back-link');
  back.href = toUrl({ ...parseState(''), q });
  // Coming from the results page: going back restores its exact state (filters, page).
  const referrer = document.referrer ? new URL(document.referrer) : null;
  if (referrer && referrer.origin === location.origin && referrer.pathname === '/') {
    back.href = `/${referrer.search}`;
  }
}

async function load() {
  if (id === '') {
    showProblem('Document introuvable', 'Aucun identifiant de document dans l’adresse.');
    return;
  }
  let doc;
  try {
    doc = await getDocument(id, q);
  } catch (error) {
    if (error.status === 404) showProblem('Document introuvable', 'Ce document n’existe pas ou n’est plus dans l’index.');
    else if (error.unavailable) showProblem('Le service de recherche ne répond pas', 'Réessayez dans quelques instants.');
    else showProblem('Document indisponible', 'L’adresse de ce document n’est pas valide.'); // API detail is English
    container.dataset.state = 'error';
    container.setAttribute('aria-busy', 'false');
    return;
  }
  try {
    render(doc);
    container.dataset.state = 'ready';
  } catch (error) {
    console.error(error); // a bug of this page, not of the address: say so, keep the trace
    showProblem('Affichage impossible', 'Ce document n’a pas pu être affiché. Ouvrez le fichier original.');
    container.dataset.state = 'error';
  }
  container.setAttribute('aria-busy', 'false');
}

function showProblem(title, detail) {
  document.title = `${title} – santekb`;
  container.replaceChildren(h('div', { class: 'state-box state-error', role: 'alert' },
    h('h1', { class: 'state-title' }, title), h('p', {}, detail)));
}

function render(doc) {
  const title = doc.title || doc.path?.split('/').pop() || doc.id;
  document.title = `${title} – santekb`;
  const facets = facetsOf(doc.facets);
  const pages = pagesOf(doc);
  const searched = q.trim() !== '';
  const textSection = h('section', { class: 'doc-text', 'aria-labelledby': 'text-title' },
    h('h2', { id: 'text-title' }, 'Texte du document'));
  const marks = [];
  for (const page of pages) {
    const body = h('div', { class: 'page-text' });
    const ranges = doc.highlights.filter((r) => r.page === page.number).map((r) => [r.start, r.end]);
    marks.push(...appendHighlighted(body, page.text, ranges));
    textSection.append(page.number === null ? body
      : h('section', { class: 'page', id: `page-${page.number}`, 'aria-label': `Page ${page.number}` },
        h('h3', { class: 'page-number' }, `Page ${page.number}`), body));
  }
  marks.forEach((mark, i) => { mark.id = `occurrence-${i + 1}`; });
  const note = occurrenceNote(marks.length, searched);
  if (note) textSection.insertBefore(note, textSection.children[1] ?? null);

  container.replaceChildren(h('article', { class: 'doc-article', 'aria-labelledby': 'doc-title' },
    h('header', { class: 'doc-header' },
      facets.type?.[0]?.label || doc.type ? h('p', { class: 'badge' }, facets.type?.[0]?.label || doc.type) : null,
      h('h1', { id: 'doc-title' }, title),
      h('p', { class: 'doc-actions' },
        h('a', { class: 'btn btn-primary', href: doc.fileUrl || fileUrl(doc.id ?? id) }, 'Ouvrir le fichier original'))),
    h('div', { class: 'doc-layout' },
      h('aside', { class: 'doc-meta', 'aria-label': 'Informations sur le document' },
        h('h2', {}, 'Informations'), metadataList(doc, facets, pages),
        qualityBlock(doc.quality), facetsBlock(facets, doc.evidence),
        sectionsBlock(doc.sections ?? [], pages.length > 1),
        actionRecordBlock(doc.actionRecord)),
      textSection)));
  if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
}

/** The document's facets ({name: [{value, label}]}, as the API sends them), labels remembered. */
function facetsOf(raw) {
  const facets = {};
  for (const name of FACETS) {
    if ((raw[name] ?? []).length > 0) {
      facets[name] = raw[name];
      rememberLabels(name, raw[name]);
    }
  }
  return facets;
}

/** [{number, text}]: numbered pages when known, else one block with number null. */
function pagesOf(doc) {
  return doc.pages === null ? [{ number: null, text: doc.text }]
    : doc.pages.map((text, i) => ({ number: i + 1, text }));
}

function occurrenceNote(count, searched) {
  if (!searched) return null;
  if (count === 0) return h('p', { class: 'occurrences muted' }, `Les mots «\u00a0${q}\u00a0» n’apparaissent pas tels quels dans le texte.`);
  return h('p', { class: 'occurrences' }, `${countOf(count, 'occurrence')} des mots recherchés surlignée${count > 1 ? 's' : ''}. `,
    h('a', { href: '#occurrence-1' }, 'Aller à la première'));
}

function metadataList(doc, facets, pages) {
  const rows = [
    ['Type de document', facets.type?.map((v) => v.label).join(', ') || doc.type],
    ['Année', doc.year],
    ['En vigueur', doc.period ? formatPeriod(doc.period) : null],
    ['Format', facets.format?.map((v) => v.label).join(', ') || doc.format?.toUpperCase() || doc.mediaType],
    ['Pages', pages.length > 1 ? String(pages.length) : null],
    ['Taille', Number.isFinite(doc.sizeBytes) ? formatBytes(doc.sizeBytes) : null],
    ['Créé le', doc.created ? formatDate(doc.created) : null],
    ['Modifié le', doc.modified ? formatDate(doc.modified) : null],
    ['Langue', doc.language ? (LANGUAGES[doc.language] ?? doc.language) : null],
    ['Fichier', doc.path],
    ['Texte', doc.truncated ? 'tronqué à la limite d’indexation' : null],
    ['Source', doc.sourceUrl ? h('a', { href: doc.sourceUrl, rel: 'noopener noreferrer external' }, doc.sourceUrl) : null],
  ];
  return h('dl', { class: 'meta-list' }, rows.filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([term, value]) => [h('dt', {}, term), h('dd', {}, value instanceof Node ? value : String(value))]));
}

/**
 * « Qualité du texte »: the score's level (a link to the documents of that level), then its parts:
 * the share of French words recognised, the repairs by kind, the pages without text.
 */
function qualityBlock(quality) {
  if (!quality) return null;
  const repairs = Object.entries(quality.repairs ?? {})
    .map(([kind, n]) => `${REPAIR_LABELS[kind] ?? kind} ${formatNumber(n)}`);
  const rows = [
    ['Niveau', h('a', { href: `/?${new URLSearchParams({ quality: quality.level })}`, 'data-facet': 'quality',
      'data-value': quality.level, title: `Tous les documents de qualité ${quality.levelLabel.toLowerCase()}` },
    `${quality.levelLabel} (${formatShare(quality.score)})`)],
    ['Mots français reconnus', `${formatShare(quality.knownWordShare)} sur ${countOf(quality.knownWords + quality.unknownWords, 'mot')}`],
    ['Réparations', quality.repairCount === 0 ? 'aucune'
      : `${formatNumber(quality.repairCount)} (${repairs.join(', ')})`],
    ['Pages sans texte', quality.pages > 0 ? `${formatNumber(quality.emptyPages)} sur ${formatNumber(quality.pages)}` : null],
  ];
  return [h('h2', { id: 'quality-title' }, 'Qualité du texte'),
    h('dl', { class: 'meta-list', 'data-quality': quality.level },
      rows.filter(([, value]) => value !== null).map(([term, value]) => [h('dt', {}, term),
        h('dd', {}, value instanceof Node ? value : String(value))]))];
}

/**
 * Each facet value links to the search filtered by it: /?partner=<value>, and to its knowledge-base
 * page (« fiche »); a value found in the text
 * says why, under « Pourquoi ? » (mentions, title, action record, passages with their page).
 */
function facetsBlock(facets, evidence) {
  const names = FACETS.filter((name) => !['type', 'format', 'quality'].includes(name) && facets[name]);
  if (names.length === 0) return null;
  return [h('h2', {}, 'Classement'), h('dl', { class: 'meta-list facet-links' }, names.map((name) => [
    h('dt', {}, FACET_LABELS[name]),
    h('dd', {}, h('ul', { class: 'inline-list' }, facets[name].map((v) => h('li', {},
      h('a', { href: `/?${new URLSearchParams({ [name]: v.value })}`, 'data-facet': name, 'data-value': v.value,
        title: `Tous les documents\u00a0: ${FACET_LABELS[name]} = ${v.label}` }, v.label),
      isEntityType(name) ? [' ', h('a', { href: entityUrl(name, v.value), class: 'facet-entity', 'aria-label': `fiche ${v.label}` }, 'fiche')] : null,
      whyBlock(evidence?.[name]?.[v.value]))))),
  ]))];
}

/** « Pourquoi ? »: why the document has a value, or nothing when the API gives no evidence. */
function whyBlock(evidence) {
  if (!evidence) return null;
  const reasons = [];
  if (evidence.inTitle) reasons.push('nommé dans le titre');
  if (evidence.inRecord) reasons.push('nommé dans la fiche action');
  if (evidence.mentions > 0) reasons.push(`${countOf(evidence.mentions, 'mention')} dans le texte`);
  return h('details', { class: 'why' },
    h('summary', {}, 'Pourquoi\u00a0?'),
    h('p', {}, reasons.join(', ') || 'attribué par les métadonnées du fichier'),
    evidence.passages.length === 0 ? null : h('ul', { class: 'why-passages' },
      evidence.passages.map((p) => h('li', {}, snippetFragment(p.text),
        p.page ? [' ', h('a', { href: `#page-${p.page}`, class: 'page-link' }, `p.\u00a0${p.page}`)] : null))));
}

/** The contract's structure as a table of contents: axes hold their fiches, each with its page. */
function sectionsBlock(sections, paged) {
  if (sections.length === 0) return null;
  const children = new Map();
  for (const s of sections) {
    const key = s.parent ?? '';
    if (!children.has(key)) children.set(key, []);
    children.get(key).push(s);
  }
  const list = (parent) => h('ol', { class: 'toc' }, (children.get(parent) ?? []).map((s) => h('li', { 'data-section': s.id },
    paged && s.page ? h('a', { href: `#page-${s.page}` }, `${sectionName(s)}${s.title ? ` — ${s.title}` : ''}`)
      : `${sectionName(s)}${s.title ? ` — ${s.title}` : ''}`,
    paged && s.page ? h('span', { class: 'muted' }, ` p.\u00a0${s.page}`) : null,
    children.has(s.id) ? list(s.id) : null)));
  return [h('h2', {}, 'Sommaire'), h('nav', { class: 'doc-toc', 'aria-label': 'Sommaire du document', id: 'doc-sections' }, list(''))];
}

function actionRecordBlock(record) {
  if (!record || typeof record !== 'object') return null;
  const rows = ACTION_FIELDS.map(([key, term]) => {
    const value = record[key];
    const text = Array.isArray(value) ? value.join(', ') : value;
    return text === null || text === undefined || text === '' ? null : [h('dt', {}, term), h('dd', {}, String(text))];
  }).filter(Boolean);
  return rows.length === 0 ? null : [h('h2', {}, 'Fiche action'), h('dl', { class: 'meta-list' }, rows)];
}
