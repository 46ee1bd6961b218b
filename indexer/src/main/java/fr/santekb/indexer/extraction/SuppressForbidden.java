package fr.santekb.indexer.extraction;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets the forbidden-API check pass one type or member that must use a non-portable JDK API; the
 * annotated code says why and what it does without it.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.CONSTRUCTOR})
@interface SuppressForbidden {
  /** Why the API is needed. */
  String reason();
}
