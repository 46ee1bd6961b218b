package fr.santekb.indexer.extraction;

import java.nio.file.Path;

/** A {@code .meta.json} sidecar cannot be used: unreadable, not JSON, an unknown key or a bad value. */
public final class InvalidSidecarException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path sidecar;

  public InvalidSidecarException(Path sidecar, String problem) {
    super(sidecar + ": " + problem);
    this.sidecar = sidecar;
  }

  public InvalidSidecarException(Path sidecar, String problem, Throwable cause) {
    super(sidecar + ": " + problem, cause);
    this.sidecar = sidecar;
  }

  /** The sidecar file at fault. */
  public Path sidecar() {
    return sidecar;
  }
}
