// French wording shared by the pages: facet names, counts, plural forms.

export const FACET_LABELS = Object.freeze({
  type: 'Type de document',
  dispositif: 'Dispositif',
  theme: 'Thème',
  partner: 'Partenaire',
  signatory: 'Signataire',
  commune: 'Commune',
  epci: 'Intercommunalité',
  departement: 'Département',
  region: 'Région',
  year: 'Année',
  format: 'Format',
  acronym: 'Sigle',
  quality: 'Qualité du texte',
});

/** The kinds of repair the cleaning counts (the API's names), in French. */
export const REPAIR_LABELS = Object.freeze({
  encoding: 'encodage',
  bullets: 'puces',
  glyphs: 'glyphes',
  hyphenation: 'césures',
  duplicates: 'doublons',
});

/** « 94 % »: a share in [0, 1] as a whole percentage, rounded down (84,9 % is not « 85 % »). */
export function formatShare(share) {
  return `${Math.floor(share * 100)} %`;
}

const NUMBER = new Intl.NumberFormat('fr-FR');

export function formatNumber(n) {
  return NUMBER.format(n);
}

/** "1 document", "0 document", "12 documents": French uses the singular for 0 and 1. */
export function countOf(n, singular, plural = singular + 's') {
  return `${formatNumber(n)}\u00a0${Math.abs(n) < 2 ? singular : plural}`;
}

/** "12,3 ko", "4,1 Mo". */
export function formatBytes(bytes) {
  if (!Number.isFinite(bytes)) return '';
  const units = ['octets', 'ko', 'Mo', 'Go'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: digits }).format(value)}\u00a0${units[unit]}`;
}

/** A date or date-time string as "12 mars 2021", or the input when it is not a date. */
export function formatDate(text) {
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) return String(text);
  return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** « 2025–2028 »: a contract's validity period. */
export function formatPeriod(period) {
  return period ? `${period.from}\u2013${period.to}` : '';
}

/** « Fiche 1 », « Axe transversal », « Article 3 »: a section's kind and number. */
export function sectionName(section) {
  const kind = { axe: 'Axe', objectif: 'Objectif', fiche: 'Fiche', article: 'Article' }[section.kind] ?? section.kind;
  return section.number ? `${kind} ${section.number}` : kind;
}
