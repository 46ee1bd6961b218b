package fr.santekb.api.http;

import fr.santekb.api.kb.EntityType;
import fr.santekb.api.kb.KnowledgeBase;
import fr.santekb.api.query.InvalidParameterException;
import fr.santekb.api.query.ParamReader;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * {@code GET /api/entities/{type}/{key}}: one entity's page (description, hierarchy, documents,
 * related entities, network); 404 when neither the configuration nor a document knows it.
 */
public final class EntityHandler implements Handler {
  static final int MAX_KEY_LENGTH = 200;

  private final KnowledgeBase knowledgeBase;

  public EntityHandler(KnowledgeBase knowledgeBase) {
    this.knowledgeBase = knowledgeBase;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    new ParamReader(ctx.queryParamMap()).refuseUnknown();
    EntityType type = EntityType.parse("type", ctx.pathParam("type"));
    String key = ctx.pathParam("key");
    if (key.length() > MAX_KEY_LENGTH) {
      throw new InvalidParameterException("key", "key must be at most "
          + MAX_KEY_LENGTH + " characters long");
    }
    ctx.json(knowledgeBase.page(type, key));
  }
}
