package fr.santekb.api.results;

/**
 * An error as RFC 7807 problem details ({@code application/problem+json}).
 *
 * @param type URI identifying the kind of problem
 * @param title short summary of the kind of problem
 * @param status HTTP status code
 * @param detail what went wrong with this request, for a human
 * @param instance the request path
 * @param parameter the query parameter that was refused (400 for a bad parameter), else null: a
 *     client tells its user what to change from it, never from the English detail
 */
public record Problem(String type, String title, int status, String detail, String instance,
    String parameter) {
  public static final String MEDIA_TYPE = "application/problem+json";

  /** A problem not caused by one parameter. */
  public Problem(String type, String title, int status, String detail, String instance) {
    this(type, title, status, detail, instance, null);
  }
}
