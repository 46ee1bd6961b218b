package fr.santekb.api.http;

import io.javalin.config.JavalinConfig;
import java.time.Duration;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * Stopping the server (SIGTERM, Ctrl-C: the JVM's shutdown hook closes it) lets the requests in
 * flight finish, up to a timeout, instead of cutting them: Jetty 12 does that only with a
 * {@link GracefulHandler} in front and a stop timeout. Javalin puts its own handler inside one
 * found on the server.
 */
public final class GracefulStop {
  /** Longer than any search; systemd's default TimeoutStopSec (90 s) leaves room for it. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

  private GracefulStop() {}

  public static void install(JavalinConfig config, Duration timeout) {
    config.jetty.modifyServer(server -> {
      server.setStopTimeout(timeout.toMillis());
      server.setHandler(new GracefulHandler());
    });
  }
}
