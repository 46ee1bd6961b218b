// The glossary: every acronym the engine knows, its meanings (the health sense first; several =
// ambiguous) and the number of documents writing it. State in the URL: /glossaire.html?q=ars

import { listEntities } from './api.js';
import { h } from './dom.js';
import { entityUrl } from './entities.js';
import { countOf } from './text.js';

const $ = (id) => document.getElementById(id);
const ALL = 1000;
let runs = 0;

async function run() {
  const q = new URLSearchParams(location.search).get('q') ?? '';
  $('glossary-q').value = q;
  const box = $('glossary');
  box.setAttribute('aria-busy', 'true');
  try {
    const answer = await listEntities('acronym', q, { size: ALL, all: true });
    render(box, answer, q);
    box.dataset.state = answer.total === 0 ? 'empty' : 'ready';
  } catch (error) {
    box.replaceChildren(h('p', { class: 'state-box error-text' }, `Glossaire indisponible (${error.message}).`));
    box.dataset.state = 'error';
  }
  box.dataset.seq = String(++runs);
  box.setAttribute('aria-busy', 'false');
}

function render(box, answer, q) {
  $('glossary-summary').textContent = answer.total === 0
    ? `Aucun sigle${q.trim() ? ` pour «\u00a0${q.trim()}\u00a0»` : ''}.`
    : countOf(answer.total, 'sigle') + '.';
  if (answer.total === 0) {
    box.replaceChildren();
    return;
  }
  // Alphabetical, as a glossary is read; the API sorts by documents.
  const rows = [...answer.entities].sort((a, b) => a.key.localeCompare(b.key, 'fr'));
  box.replaceChildren(h('table', { class: 'glossary-table' },
    h('caption', { class: 'sr-only' }, 'Sigles, significations et nombre de documents'),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Sigle'), h('th', { scope: 'col' }, 'Signification'),
      h('th', { scope: 'col' }, 'Documents'))),
    h('tbody', {}, rows.map((e) => h('tr', { id: `sigle-${e.key}`, 'data-key': e.key },
      h('th', { scope: 'row' }, h('a', { href: entityUrl('acronym', e.key) }, e.label)),
      h('td', {}, e.senses.length > 1
        ? [h('p', { class: 'ambiguous' }, `${e.senses.length} sens\u00a0:`),
          h('ol', { class: 'senses' }, e.senses.map((sense) => h('li', {}, sense)))]
        : e.senses[0] ?? ''),
      h('td', { class: 'num' }, e.documents > 0
        ? h('a', { href: `/?${new URLSearchParams({ acronym: e.key })}`, 'aria-label': `${countOf(e.documents, 'document')} avec ${e.label}` },
          countOf(e.documents, 'document'))
        : countOf(0, 'document')))))));
}

$('glossary-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = $('glossary-q').value.trim();
  history.pushState(null, '', q ? `/glossaire.html?${new URLSearchParams({ q })}` : '/glossaire.html');
  run();
});
window.addEventListener('popstate', run);
run();
