package fr.santekb.api.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What is derived from the text of every document of one index view, the completions and the
 * vocabulary: built once, either before the view is served or, when the server starts, in the
 * background while searches are already answered; a caller needing it before it is ready waits.
 */
final class HarvestedText {
  /** The completions and vocabulary of one view. */
  record Parts(Completions completions, Vocabulary vocabulary) {}

  private final CompletableFuture<Parts> parts;

  private HarvestedText(CompletableFuture<Parts> parts) {
    this.parts = parts;
  }

  /** Text already harvested. */
  static HarvestedText ready(Parts parts) {
    return new HarvestedText(CompletableFuture.completedFuture(parts));
  }

  /** Text being harvested by {@code building}, which completes it. */
  static HarvestedText pending(CompletableFuture<Parts> building) {
    return new HarvestedText(building);
  }

  /** The parts, waiting for them when they are still being built. */
  Parts parts() throws IOException {
    try {
      return parts.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e;
    }
  }

  /** Whether the parts can be had without waiting. */
  boolean isReady() {
    return parts.isDone();
  }

  /** Releases the completions once built (at once when they are). */
  void close() {
    parts.thenAccept(p -> {
      try {
        p.completions().close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
