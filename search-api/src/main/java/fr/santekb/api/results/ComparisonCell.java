package fr.santekb.api.results;

/**
 * Where one contract names one column's value.
 *
 * @param mentions times its text names the value (0 when only its title, action record or a
 *     sidecar gives it)
 * @param page the page of the first mention, or null
 * @param section the innermost section (fiche, axe, article) holding the first mention, or null
 */
public record ComparisonCell(int mentions, Integer page, SectionView section) {}
