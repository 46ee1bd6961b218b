package fr.santekb.indexer.extraction;

import java.util.Optional;

/** The result of extracting one file: a document, or a classified refusal. Never null. */
public sealed interface Extraction {

  /**
   * Text came out; {@code document.truncated()} tells whether a limit cut it. {@code titleClues}
   * are what the title was chosen from, when the extractor tells them (see {@link TitleClues}).
   */
  record Extracted(ExtractedDocument document, Optional<TitleClues> titleClues)
      implements Extraction {
    /** A document whose title clues are not known. */
    public Extracted(ExtractedDocument document) {
      this(document, Optional.empty());
    }
  }

  /**
   * No indexable text: {@code outcome} is one of EMPTY, ENCRYPTED, UNSUPPORTED, FAILED, TIMEOUT,
   * TOO_LARGE, UNREADABLE, and {@code message} says why in one line a user can act on.
   */
  record Rejected(Outcome outcome, String message) implements Extraction {
    public Rejected {
      if (outcome.isSearchable()) {
        throw new IllegalArgumentException("a rejection cannot be " + outcome);
      }
    }
  }
}
