package fr.santekb.api.query;

/** A request parameter is missing, malformed or out of range; the message names it (HTTP 400). */
public final class InvalidParameterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String parameter;

  public InvalidParameterException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  /** Name of the offending parameter. */
  public String parameter() {
    return parameter;
  }
}
