package fr.santekb.api.results;

import java.util.List;

/**
 * A partner and the partners it appears with most, with how often each pair appears together: the
 * strongest links of its network.
 *
 * @param nodes the partner first, then its co-partners, most shared documents first; each count is
 *     the documents it shares with the partner (the partner's own: its documents)
 * @param links pairs of nodes (by key) with how many of the partner's documents name both: the
 *     partner's own links (its documents naming the co-partner) and those among its co-partners
 */
public record PartnerNetwork(List<EntityRef> nodes, List<Link> links) {

  /** Documents naming both {@code source} and {@code target}. */
  public record Link(String source, String target, int count) {}
}
