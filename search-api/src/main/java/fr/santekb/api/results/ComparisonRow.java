package fr.santekb.api.results;

import java.util.List;
import java.util.Map;

/**
 * One contract (or any matching document) in a comparison.
 *
 * @param id document id
 * @param title its title
 * @param path its path in its source folder
 * @param year its main year, or null
 * @param period its validity period, or null
 * @param places its départements and communes, labelled
 * @param cells column value → where the document names it; absent: it does not
 */
public record ComparisonRow(String id, String title, String path, Integer year,
    ValidityPeriod period, List<LabelledValue> places, Map<String, ComparisonCell> cells) {}
