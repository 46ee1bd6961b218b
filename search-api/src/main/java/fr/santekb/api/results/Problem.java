package fr.santekb.api.results;

/**
 * An error as RFC 7807 problem details ({@code application/problem+json}).
 *
 * @param type URI identifying the kind of problem
 * @param title short summary of the kind of problem
 * @param status HTTP status code
 * @param detail what went wrong with this request, for a human
 * @param instance the request path
 */
public record Problem(String type, String title, int status, String detail, String instance) {
  public static final String MEDIA_TYPE = "application/problem+json";
}
