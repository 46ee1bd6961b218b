package fr.santekb.api.eval;

import java.util.Optional;
import java.util.Set;

/**
 * A document's metadata as a person labelled it by reading it (one line of {@code
 * config/eval/metadata-labels.jsonl}), or as the index holds it.
 *
 * @param path path relative to the corpus root
 * @param title the title a reader would cite
 * @param type document type id ({@code config/vocabularies/document_types.tsv})
 * @param year the year the document states, empty when none
 * @param communes INSEE codes
 * @param partners partner ids ({@code partners.tsv})
 * @param themes theme ids ({@code themes.tsv})
 */
public record LabelledDocument(String path, String title, String type, Optional<Integer> year,
    Set<String> communes, Set<String> partners, Set<String> themes) {
  public LabelledDocument {
    communes = Set.copyOf(communes);
    partners = Set.copyOf(partners);
    themes = Set.copyOf(themes);
  }
}
