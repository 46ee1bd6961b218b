// The knowledge base's entity types and the links to their pages, shared by every page.

/** Facets whose values are entities with a page of their own, and their names in French. */
export const ENTITY_TYPES = Object.freeze({
  partner: { one: 'Partenaire', many: 'Partenaires' },
  theme: { one: 'Thème', many: 'Thèmes' },
  dispositif: { one: 'Dispositif', many: 'Dispositifs' },
  commune: { one: 'Commune', many: 'Communes' },
  epci: { one: 'Intercommunalité', many: 'Intercommunalités' },
  departement: { one: 'Département', many: 'Départements' },
  region: { one: 'Région', many: 'Régions' },
  acronym: { one: 'Sigle', many: 'Sigles' },
});

export function isEntityType(name) {
  return Object.hasOwn(ENTITY_TYPES, name);
}

/** The page of one entity: /entite.html?type=partner&key=atmo-sud. */
export function entityUrl(type, key) {
  return `/entite.html?${new URLSearchParams({ type, key })}`;
}

/** The search page filtered on one entity: /?partner=atmo-sud. */
export function entitySearchUrl(type, key) {
  return `/?${new URLSearchParams({ [type]: key })}`;
}
