package fr.santekb.api.search;

/** The thing asked for does not exist (HTTP 404); the message says what was looked for. */
public final class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }
}
