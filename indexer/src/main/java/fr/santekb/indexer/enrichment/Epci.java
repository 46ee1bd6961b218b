package fr.santekb.indexer.enrichment;

import java.util.List;

/**
 * An intercommunality (établissement public de coopération intercommunale) from the reference
 * geography, known through its member communes.
 *
 * @param siren its SIREN number, e.g. "200054807"
 * @param name its name, e.g. "Métropole d'Aix-Marseille-Provence"
 * @param departement the département of most of its communes
 * @param region the région of that département
 * @param communes INSEE codes of its member communes, in code order
 */
public record Epci(String siren, String name, String departement, String region,
    List<String> communes) {
  public Epci {
    communes = List.copyOf(communes);
  }
}
