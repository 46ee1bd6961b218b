package fr.santekb.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.api.http.GracefulStop;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Stopping a server with {@link GracefulStop} installed lets a request in flight finish. */
class GracefulStopTest {

  @Test
  void aRequestInFlightWhenTheServerStopsIsAnswered() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      GracefulStop.install(config, Duration.ofSeconds(10));
      config.routes.get("/slow", ctx -> {
        started.countDown();
        Thread.sleep(1500);
        ctx.result("fini");
      });
    }).start("127.0.0.1", 0);
    HttpClient client = HttpClient.newHttpClient();
    CompletableFuture<HttpResponse<String>> answer = client.sendAsync(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/slow")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    long t0 = System.nanoTime();
    app.stop();
    long stopMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    HttpResponse<String> r = answer.get(10, TimeUnit.SECONDS);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("fini");
    assertThat(stopMillis).as("stop waited for the request").isGreaterThan(500);
  }
}
