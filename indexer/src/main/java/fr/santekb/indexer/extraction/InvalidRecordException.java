package fr.santekb.indexer.extraction;

/** A JSONL record cannot be indexed: not a JSON object, a required key missing or a bad value. */
public final class InvalidRecordException extends Exception {
  private static final long serialVersionUID = 1L;

  public InvalidRecordException(String message) {
    super(message);
  }
}
