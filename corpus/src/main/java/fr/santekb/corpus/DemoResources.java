package fr.santekb.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the demo templates from the class path ({@code /demo/...}), always as UTF-8. */
final class DemoResources {
  static final String ROOT = "/demo/";

  private DemoResources() {}

  /** The text of {@code /demo/<relative>}; fails naming the resource when it is missing. */
  static String read(String relative) {
    String name = ROOT + relative;
    try (InputStream in = DemoResources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("demo resource not found on the class path: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read demo resource " + name, e);
    }
  }
}
