package fr.santekb.api.http;

import fr.santekb.api.kb.EntityType;
import fr.santekb.api.kb.KnowledgeBase;
import fr.santekb.api.query.InvalidParameterException;
import fr.santekb.api.query.ParamReader;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * {@code GET /api/entities?type=…&q=…&size=…&all=…}: entities of one type whose names start with
 * {@code q} at a word, with their document counts; those named by no document only with
 * {@code all=true} (a full glossary).
 */
public final class EntitiesHandler implements Handler {
  static final int MAX_Q_LENGTH = 200;

  private final KnowledgeBase knowledgeBase;

  public EntitiesHandler(KnowledgeBase knowledgeBase) {
    this.knowledgeBase = knowledgeBase;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    ParamReader p = new ParamReader(ctx.queryParamMap());
    p.refuseUnknown("type", "q", "size", "all");
    EntityType type = EntityType.parse("type", p.single("type").orElseThrow(() ->
        new InvalidParameterException("type", "type is required (one of partner, commune, epci, "
            + "departement, region, theme, dispositif, acronym)")));
    String q = p.text("q", MAX_Q_LENGTH);
    int size = p.integer("size", 1, KnowledgeBase.MAX_SIZE, KnowledgeBase.DEFAULT_SIZE);
    boolean all = p.bool("all", false);
    ctx.json(knowledgeBase.list(type, q, size, all));
  }
}
