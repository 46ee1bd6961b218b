// An entity's page (/entite.html?type=partner&key=atmo-sud): what it is, where it belongs (places),
// its newest documents and the search listing them all, the entities it shares most documents
// with, and for a partner the network of its strongest links.

import { documentUrl, getEntity } from './api.js';
import { h, s } from './dom.js';
import { ENTITY_TYPES, entityUrl, isEntityType } from './entities.js';
import { countOf, formatNumber } from './text.js';

const $ = (id) => document.getElementById(id);
const PLACE_ORDER = ['region', 'departement', 'epci', 'commune'];
const SHOWN = 12;

async function run() {
  const params = new URLSearchParams(location.search);
  const type = params.get('type') ?? '';
  const key = params.get('key') ?? '';
  const box = $('entity');
  if (!isEntityType(type) || key === '') {
    fail(box, 'Cette adresse ne désigne aucune fiche.');
    return;
  }
  if (type === 'acronym') $('back-link').href = '/glossaire.html';
  else if (type !== 'partner') $('back-link').href = `/partenaires.html?${new URLSearchParams({ type: directoryType(type) })}`;
  try {
    const page = await getEntity(type, key);
    document.title = `${page.label} – ${page.typeLabel} – santekb`;
    render(box, page);
    box.dataset.state = 'ready';
  } catch (error) {
    fail(box, error.status === 404 ? 'Aucune fiche ne porte ce nom.' : `Fiche indisponible (${error.message}).`);
  }
  box.setAttribute('aria-busy', 'false');
}

function directoryType(type) {
  return type === 'acronym' ? 'partner' : type;
}

function fail(box, message) {
  box.replaceChildren(h('p', { class: 'state-box error-text' }, message));
  box.dataset.state = 'error';
  box.setAttribute('aria-busy', 'false');
}

function render(box, page) {
  box.replaceChildren(...[
    h('p', { class: 'badge' }, page.typeLabel),
    h('h1', { id: 'entity-title' }, page.label),
    page.description ? h('p', { class: 'lead', id: 'entity-description' }, page.description) : null,
    page.senses.length > 1 ? sensesBlock(page) : null,
    page.aliases.length > 0 ? h('p', { class: 'entity-aliases' }, 'Aussi nommé\u00a0: ', page.aliases.join(', ')) : null,
    page.hierarchy.length > 0 ? hierarchyBlock(page) : null,
    h('div', { class: 'entity-layout' },
      documentsBlock(page),
      h('div', { class: 'entity-related' },
        page.network && page.network.nodes.length > 1 ? networkBlock(page) : null,
        relatedBlocks(page))),
  ].flat().filter(Boolean)); // replaceChildren would write « null » for an absent part
}

function sensesBlock(page) {
  return [h('p', { class: 'ambiguous' }, `Sigle ambigu, ${page.senses.length} sens\u00a0:`),
    h('ol', { class: 'senses', id: 'entity-senses' }, page.senses.map((sense) => h('li', {}, sense)))];
}

function hierarchyBlock(page) {
  const up = [...page.hierarchy].reverse(); // région first, as one reads an address upwards
  return h('nav', { class: 'entity-hierarchy', 'aria-label': 'Territoires englobants', id: 'entity-hierarchy' },
    h('ol', {}, up.map((ref) => h('li', { 'data-type': ref.type, 'data-key': ref.key },
      h('span', { class: 'muted' }, `${ENTITY_TYPES[ref.type].one}\u00a0: `),
      h('a', { href: entityUrl(ref.type, ref.key) }, ref.label),
      ref.type === 'epci' ? h('span', { class: 'muted' }, ` (SIREN ${ref.key})`) : null))));
}

function documentsBlock(page) {
  const docs = page.documents;
  return h('section', { class: 'entity-documents', 'aria-labelledby': 'entity-documents-title' },
    h('h2', { id: 'entity-documents-title' }, `Documents (${formatNumber(docs.total)})`),
    docs.total === 0 ? h('p', { class: 'muted' }, 'Aucun document indexé ne le cite.') : [
      h('ol', { class: 'entity-hits', id: 'entity-hits' }, docs.hits.map((hit) => h('li', {},
        h('a', { href: documentUrl(hit.id, ''), class: 'hit-link', 'data-path': hit.path }, hit.title || hit.path),
        h('span', { class: 'muted' }, [hit.type, hit.year].filter(Boolean).map((v) => ` · ${v}`).join(''))))),
      h('p', {}, h('a', { href: `/?${docs.search}`, class: 'btn btn-secondary', id: 'entity-search-link' },
        docs.total > docs.hits.length ? `Voir les ${formatNumber(docs.total)} documents dans la recherche` : 'Ouvrir dans la recherche')),
    ]);
}

/** Related entities, one list per type; for a place, the places inside it are named as such. */
function relatedBlocks(page) {
  const ownRank = PLACE_ORDER.indexOf(page.type);
  return Object.entries(page.related).filter(([, refs]) => refs.length > 0).map(([type, refs]) => {
    const inside = ownRank >= 0 && PLACE_ORDER.indexOf(type) > ownRank;
    const title = inside ? `${ENTITY_TYPES[type].many} du territoire`
      : type === page.type ? `${ENTITY_TYPES[type].many} associés` : ENTITY_TYPES[type].many;
    const id = `related-${type}`;
    return h('section', { class: 'entity-related-block', 'aria-labelledby': `${id}-title`, id },
      h('h2', { id: `${id}-title` }, title),
      h('ol', { class: 'related-list' }, refs.map((ref, i) => h('li', { hidden: i >= SHOWN, 'data-key': ref.key },
        h('a', { href: entityUrl(ref.type, ref.key) }, ref.label),
        h('span', { class: 'entity-count' }, countOf(ref.count, 'document'), inside ? '' : ' en commun')))),
      refs.length > SHOWN ? moreButton(id, refs.length - SHOWN) : null);
  });
}

function moreButton(id, hidden) {
  const button = h('button', { type: 'button', class: 'link-button', 'aria-expanded': 'false' },
    `Afficher les ${formatNumber(hidden)} autres`);
  button.addEventListener('click', () => {
    for (const item of document.querySelectorAll(`#${id} li[hidden]`)) item.hidden = false;
    button.remove();
  });
  return button;
}

/**
 * The partner in the centre, its strongest co-partners around it; a line's width grows with the
 * documents the pair shares. Every node links to its page; the ranked list beside it says the same.
 */
function networkBlock(page) {
  const { nodes, links } = page.network;
  const size = 360;
  const centre = size / 2;
  const radius = 125;
  const at = new Map();
  nodes.forEach((node, i) => {
    if (i === 0) { at.set(node.key, [centre, centre]); return; }
    const angle = (2 * Math.PI * (i - 1)) / (nodes.length - 1) - Math.PI / 2;
    at.set(node.key, [centre + radius * Math.cos(angle), centre + radius * Math.sin(angle)]);
  });
  const max = Math.max(...links.map((l) => l.count), 1);
  const svg = s('svg', { viewBox: `0 0 ${size} ${size}`, class: 'network-svg', role: 'group', 'aria-labelledby': 'network-title' },
    links.map((l) => {
      const [x1, y1] = at.get(l.source);
      const [x2, y2] = at.get(l.target);
      return s('line', { x1, y1, x2, y2, class: l.source === page.key ? 'net-link net-link-main' : 'net-link',
        'stroke-width': String(1 + (5 * l.count) / max), 'aria-hidden': 'true' });
    }),
    nodes.map((node, i) => {
      const [x, y] = at.get(node.key);
      const label = short(node.label, 22);
      // The name starts with the visible (possibly shortened) label: label in name, RGAA 6.1.5.
      return s('a', { href: entityUrl('partner', node.key), class: i === 0 ? 'net-node net-node-main' : 'net-node',
        'aria-label': `${label}${label === node.label ? '' : ` (${node.label})`}\u00a0: ${countOf(node.count, 'document')}${i === 0 ? '' : ' en commun'}` },
      s('circle', { cx: x, cy: y, r: i === 0 ? 14 : 9 }),
      s('text', { x, y: y + (y < centre ? -14 : 24), 'text-anchor': 'middle', class: 'net-label' }, label));
    }));
  return h('section', { class: 'entity-network', 'aria-labelledby': 'network-title', id: 'network' },
    h('h2', { id: 'network-title' }, 'Réseau des partenaires'),
    h('p', { class: 'muted' }, 'Les partenaires les plus souvent cités avec lui ; l’épaisseur d’un trait suit le nombre de documents en commun.'),
    svg);
}

function short(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

run();
