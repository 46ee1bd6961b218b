// The directory (« Partenaires »): entities of one type with their number of documents, most
// documented first, searchable by name. State in the URL: /partenaires.html?type=theme&q=sante

import { listEntities } from './api.js';
import { h } from './dom.js';
import { ENTITY_TYPES, entityUrl } from './entities.js';
import { countOf } from './text.js';

const TYPES = ['partner', 'theme', 'dispositif', 'commune', 'epci', 'departement', 'region'];
const SIZE = 200;
const $ = (id) => document.getElementById(id);

let controller = null;
let runs = 0;

function readState() {
  const params = new URLSearchParams(location.search);
  const type = TYPES.includes(params.get('type')) ? params.get('type') : 'partner';
  return { type, q: params.get('q') ?? '' };
}

function urlOf(state) {
  const params = new URLSearchParams();
  if (state.type !== 'partner') params.set('type', state.type);
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  const query = params.toString();
  return `/partenaires.html${query ? `?${query}` : ''}`;
}

async function run() {
  const state = readState();
  const names = ENTITY_TYPES[state.type];
  document.title = `${names.many} – santekb`;
  $('directory-title').textContent = names.many;
  $('directory-q-label').textContent = `Rechercher : ${names.many.toLowerCase()}`;
  $('directory-q').value = state.q;
  renderTabs(state);
  const box = $('directory');
  box.setAttribute('aria-busy', 'true');
  controller?.abort();
  controller = new AbortController();
  try {
    const answer = await listEntities(state.type, state.q, { size: SIZE }, controller.signal);
    render(box, answer, state);
    box.dataset.state = answer.total === 0 ? 'empty' : 'ready';
  } catch (error) {
    if (error.name === 'AbortError') return;
    box.replaceChildren(h('p', { class: 'state-box error-text' }, `Annuaire indisponible (${error.message}).`));
    box.dataset.state = 'error';
  }
  box.dataset.seq = String(++runs);
  box.setAttribute('aria-busy', 'false');
}

function renderTabs(state) {
  $('directory-tabs').replaceChildren(h('ul', {}, TYPES.map((type) => h('li', {},
    h('a', { href: urlOf({ type, q: '' }), 'aria-current': type === state.type ? 'page' : null, 'data-nav': '' },
      ENTITY_TYPES[type].many)))));
}

function render(box, answer, state) {
  const shown = answer.entities.length;
  $('directory-summary').textContent = answer.total === 0
    ? `Aucun résultat${state.q.trim() ? ` pour «\u00a0${state.q.trim()}\u00a0»` : ''}.`
    : `${countOf(answer.total, 'entrée')}${shown < answer.total ? `, les ${shown} premières affichées` : ''}.`;
  if (answer.total === 0) {
    box.replaceChildren(h('p', { class: 'state-box' }, 'Aucune entrée ne correspond. Essayez un autre nom ou un sigle.'));
    return;
  }
  box.replaceChildren(h('ol', { class: 'entity-list' }, answer.entities.map((e) => h('li', {},
    h('a', { href: entityUrl(e.type, e.key), class: 'entity-link' }, e.label),
    e.aliases.length > 0 ? h('span', { class: 'entity-aliases' }, ` (${e.aliases.slice(0, 3).join(', ')})`) : null,
    h('span', { class: 'entity-count' }, countOf(e.documents, 'document'))))));
}

function navigate(url) {
  if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  run();
}

$('directory-form').addEventListener('submit', (event) => {
  event.preventDefault();
  navigate(urlOf({ ...readState(), q: $('directory-q').value }));
});
$('directory-tabs').addEventListener('click', (event) => {
  const link = event.target.closest('a[data-nav]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  navigate(link.getAttribute('href'));
});
window.addEventListener('popstate', run);
run();
