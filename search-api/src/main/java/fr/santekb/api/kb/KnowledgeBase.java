package fr.santekb.api.kb;

import fr.santekb.api.query.FacetTerm;
import fr.santekb.api.query.SearchRequest;
import fr.santekb.api.query.SearchUnit;
import fr.santekb.api.query.SortOrder;
import fr.santekb.api.results.EntityDocuments;
import fr.santekb.api.results.EntityListResponse;
import fr.santekb.api.results.EntityPage;
import fr.santekb.api.results.EntityRef;
import fr.santekb.api.results.EntitySummary;
import fr.santekb.api.results.FacetValue;
import fr.santekb.api.results.PartnerNetwork;
import fr.santekb.api.results.SearchResponse;
import fr.santekb.api.search.NotFoundException;
import fr.santekb.api.search.SearchService;
import fr.santekb.indexer.analysis.TextKeys;
import fr.santekb.indexer.enrichment.Departement;
import fr.santekb.indexer.enrichment.Geography;
import fr.santekb.indexer.schema.FacetName;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Lists entities with their document counts and assembles an entity's page: description,
 * hierarchy, documents, related entities and, for a partner, its network. Every count comes from
 * the index's facets, so it agrees with what a search filtered on the entity finds.
 */
public final class KnowledgeBase {
  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 1_000;
  /** Documents listed on an entity page; the search behind it lists them all. */
  static final int PAGE_DOCUMENTS = 10;
  /** Related entities listed per type. */
  static final int RELATED = 50;
  /** Places inside a place listed per type. */
  static final int INSIDE = 50;
  /** Co-partners drawn in a partner's network. */
  static final int NETWORK_NODES = 8;
  /** Enough values to find every co-partner of the network among the counted ones. */
  private static final int COUNTED = 500;

  private final SearchService service;
  private final EntityCatalog catalog;

  public KnowledgeBase(SearchService service, EntityCatalog catalog) {
    this.service = service;
    this.catalog = catalog;
  }

  /**
   * Entities of {@code type} whose label, an alias, an expansion or key starts with {@code q} at a
   * word (accents and case aside), most documents first, then by label. Only entities named by a
   * document, unless {@code withoutDocuments}.
   */
  public EntityListResponse list(EntityType type, String q, int size, boolean withoutDocuments)
      throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    for (FacetValue v : service.facetValues(type.facet(), "", Integer.MAX_VALUE,
        SearchRequest.all()).values()) {
      counts.put(v.value(), v.count());
    }
    List<Entity> candidates = withoutDocuments ? catalog.all(type)
        : counts.keySet().stream().map(k -> entity(type, k)).toList();
    String folded = TextKeys.key(q);
    List<EntitySummary> matching = new ArrayList<>();
    for (Entity e : candidates) {
      if (e.matches(folded)) {
        matching.add(new EntitySummary(type.apiName(), e.key(), e.label(), e.aliases(),
            e.senses(), counts.getOrDefault(e.key(), 0)));
      }
    }
    matching.sort(Comparator.comparingInt(EntitySummary::documents).reversed()
        .thenComparing(s -> TextKeys.foldLower(s.label())).thenComparing(EntitySummary::key));
    return new EntityListResponse(type.apiName(), q, matching.size(),
        List.copyOf(matching.subList(0, Math.min(size, matching.size()))));
  }

  /** The page of entity {@code key}; {@link NotFoundException} when neither config nor index knows it. */
  public EntityPage page(EntityType type, String requestedKey) throws IOException {
    // Acronym keys are upper case; « /acronym/ars » is ARS.
    String key = type == EntityType.ACRONYM ? requestedKey.toUpperCase(Locale.ROOT)
        : requestedKey;
    SearchResponse documents = service.search(new SearchRequest("",
        Map.of(type.facet(), List.of(key)), Optional.empty(), Optional.empty(), 1,
        PAGE_DOCUMENTS, SortOrder.DATE, false, Optional.empty(), SearchUnit.DOCUMENT));
    Optional<Entity> known = catalog.find(type, key);
    if (known.isEmpty() && documents.total() == 0) {
      throw new NotFoundException("no " + type.apiName() + " \"" + key + "\"");
    }
    Entity e = known.orElseGet(() -> entity(type, key));
    Map<String, List<EntityRef>> related = related(type, key);
    PartnerNetwork network = type == EntityType.PARTNER
        ? network(key, e.label(), (int) documents.total(), related.get(type.apiName())) : null;
    String search = type.apiName() + "=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    return new EntityPage(type.apiName(), type.label(), key, e.label(), e.aliases(), e.senses(),
        e.description().orElse(null), hierarchy(type, key),
        new EntityDocuments(documents.total(), documents.hits(),
            Map.of(type.apiName(), List.of(key)), search),
        related, network);
  }

  private Entity entity(EntityType type, String key) {
    return catalog.find(type, key).orElseGet(() -> new Entity(type, key, key, List.of(), List.of(),
        Optional.empty()));
  }

  /** Which types an entity's page relates it to, in the order they are shown. */
  private static List<EntityType> relatedTypes(EntityType type) {
    return switch (type) {
      case PARTNER -> List.of(EntityType.PARTNER, EntityType.THEME, EntityType.DISPOSITIF,
          EntityType.COMMUNE, EntityType.EPCI, EntityType.DEPARTEMENT, EntityType.REGION);
      case THEME, DISPOSITIF -> List.of(EntityType.PARTNER, EntityType.THEME,
          EntityType.DISPOSITIF, EntityType.COMMUNE, EntityType.EPCI, EntityType.DEPARTEMENT,
          EntityType.REGION);
      case ACRONYM -> List.of(EntityType.PARTNER, EntityType.THEME, EntityType.DISPOSITIF);
      case COMMUNE, EPCI, DEPARTEMENT, REGION -> List.of(EntityType.DISPOSITIF,
          EntityType.THEME, EntityType.PARTNER);
    };
  }

  /**
   * The entities sharing most documents with this one, per related type. Counted on the entity's
   * documents alone: a search answer's facet counts are drill-sideways, so its own facet would
   * count every document.
   */
  private Map<String, List<EntityRef>> related(EntityType type, String key) throws IOException {
    Map<String, List<EntityRef>> out = new LinkedHashMap<>();
    List<FacetTerm> self = List.of(new FacetTerm(type.facet(), key));
    for (EntityType other : relatedTypes(type)) {
      List<EntityRef> refs = new ArrayList<>();
      for (FacetValue v : service.cooccurring(self, other.facet(), RELATED + 1)) {
        if (!(other == type && v.value().equals(key)) && refs.size() < RELATED) {
          refs.add(new EntityRef(other.apiName(), v.value(), v.label(), v.count()));
        }
      }
      out.put(other.apiName(), refs);
    }
    if (type.isPlace()) {
      for (EntityType inner : innerTypes(type)) {
        out.put(inner.apiName(), inside(type, key, inner));
      }
    }
    return out;
  }

  /** The kinds of places a place contains. */
  private static List<EntityType> innerTypes(EntityType place) {
    return switch (place) {
      case REGION -> List.of(EntityType.DEPARTEMENT, EntityType.EPCI);
      case DEPARTEMENT -> List.of(EntityType.EPCI, EntityType.COMMUNE);
      case EPCI -> List.of(EntityType.COMMUNE);
      default -> List.of();
    };
  }

  /** Places of type {@code inner} inside the place, with the documents they share with it. */
  private List<EntityRef> inside(EntityType type, String key, EntityType inner)
      throws IOException {
    Predicate<String> within = within(type, key, inner);
    List<EntityRef> refs = new ArrayList<>();
    for (FacetValue v : service.cooccurring(List.of(new FacetTerm(type.facet(), key)),
        inner.facet(), MAX_SIZE)) {
      if (within.test(v.value()) && refs.size() < INSIDE) {
        refs.add(new EntityRef(inner.apiName(), v.value(), v.label(), v.count()));
      }
    }
    return refs;
  }

  private Predicate<String> within(EntityType type, String key, EntityType inner) {
    Geography g = catalog.geography();
    return switch (inner) {
      case DEPARTEMENT -> code -> g.departement(code).map(Departement::region)
          .filter(key::equals).isPresent();
      case EPCI -> siren -> g.epci(siren).filter(e -> type == EntityType.REGION
          ? e.region().equals(key) : e.departement().equals(key)).isPresent();
      case COMMUNE -> insee -> g.commune(insee).filter(c -> type == EntityType.EPCI
          ? c.epciSiren().filter(key::equals).isPresent()
          : c.departement().equals(key)).isPresent();
      default -> value -> false;
    };
  }

  /** The places containing a place, nearest first, each with its own number of documents. */
  private List<EntityRef> hierarchy(EntityType type, String key) throws IOException {
    Geography g = catalog.geography();
    List<FacetTerm> up = new ArrayList<>();
    switch (type) {
      case COMMUNE -> g.commune(key).ifPresent(c -> {
        c.epciSiren().ifPresent(s -> up.add(new FacetTerm(FacetName.EPCI, s)));
        up.add(new FacetTerm(FacetName.DEPARTEMENT, c.departement()));
        up.add(new FacetTerm(FacetName.REGION, c.region()));
      });
      case EPCI -> g.epci(key).ifPresent(e -> {
        up.add(new FacetTerm(FacetName.DEPARTEMENT, e.departement()));
        up.add(new FacetTerm(FacetName.REGION, e.region()));
      });
      case DEPARTEMENT -> g.departement(key).ifPresent(d ->
          up.add(new FacetTerm(FacetName.REGION, d.region())));
      default -> { }
    }
    List<EntityRef> out = new ArrayList<>();
    for (FacetTerm t : up) {
      EntityType place = EntityType.of(t.facet()).orElseThrow();
      out.add(new EntityRef(place.apiName(), t.value(), entity(place, t.value()).label(),
          documents(t)));
    }
    return out;
  }

  /** Documents carrying one facet value (copies of one content once). */
  private int documents(FacetTerm value) throws IOException {
    return service.cooccurring(List.of(value), value.facet(), COUNTED).stream()
        .filter(v -> v.value().equals(value.value())).mapToInt(FacetValue::count)
        .findFirst().orElse(0);
  }

  /**
   * The partner, its strongest co-partners, and how often each pair of them appears together: a
   * star around the partner plus the links among its co-partners.
   */
  private PartnerNetwork network(String key, String label, int documents,
      List<EntityRef> coPartners) throws IOException {
    List<EntityRef> nodes = new ArrayList<>();
    nodes.add(new EntityRef(EntityType.PARTNER.apiName(), key, label, documents));
    nodes.addAll(coPartners.subList(0, Math.min(NETWORK_NODES, coPartners.size())));
    List<PartnerNetwork.Link> links = new ArrayList<>();
    for (int i = 1; i < nodes.size(); i++) {
      EntityRef a = nodes.get(i);
      links.add(new PartnerNetwork.Link(key, a.key(), a.count()));
      if (i + 1 == nodes.size()) {
        break;
      }
      Map<String, Integer> withA = new HashMap<>();
      for (FacetValue v : service.cooccurring(List.of(new FacetTerm(FacetName.PARTNER, key),
          new FacetTerm(FacetName.PARTNER, a.key())), FacetName.PARTNER, COUNTED)) {
        withA.put(v.value(), v.count());
      }
      for (EntityRef b : nodes.subList(i + 1, nodes.size())) {
        int both = withA.getOrDefault(b.key(), 0);
        if (both > 0) {
          links.add(new PartnerNetwork.Link(a.key(), b.key(), both));
        }
      }
    }
    return new PartnerNetwork(nodes, links);
  }
}
