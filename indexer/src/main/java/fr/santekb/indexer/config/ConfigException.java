package fr.santekb.indexer.config;

/** A configuration value is missing or invalid; the message names the key and the bad value. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Throws when {@code condition} is false: "key: rule (got value)". */
  public static void require(boolean condition, String key, String rule, Object value) {
    if (!condition) {
      throw new ConfigException(key + ": " + rule + " (got " + value + ")");
    }
  }
}
