package org.childprotect.referrals;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny stand-in for case-service's {@code GET /api/cases/{id}/referral-snapshot}, on a random port of
 * 127.0.0.1. Tests say which cases it shares (and with which consent); every other case answers 404, as
 * case-service does for a case out of the caller's scope. It can be stopped (connection refused), made to fail
 * (503) or made slow, to show what referral-service does when case-service is unavailable.
 */
public final class CaseServiceStub {

  private static final Pattern PATH = Pattern.compile("/api/cases/([^/]+)/referral-snapshot");

  /** One received request, as far as tests care. */
  public record Call(
      String caseId, String serviceType, String authorization, boolean consentOverride, String referralId) {}

  /** What the stub answers for one case. */
  public record SharedCase(
      String caseNumber, String district, String ownerAgency, String riskLevel, boolean consent, String snapshot) {}

  private final Map<String, SharedCase> cases = new ConcurrentHashMap<>();
  private volatile SharedCase everyCase;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private volatile int failWithStatus;
  private volatile Duration delay = Duration.ZERO;
  private volatile HttpServer server;
  private final int port;

  public CaseServiceStub() {
    server = bind(0);
    port = server.getAddress().getPort();
    server.start();
  }

  public String uri() {
    return "http://127.0.0.1:" + port;
  }

  public void share(UUID caseId, SharedCase shared) {
    cases.put(caseId.toString(), shared);
  }

  /** Shares every case asked for with the same content (for the benchmark); calls are then not recorded. */
  public void shareEveryCase(SharedCase shared) {
    everyCase = shared;
  }

  public List<Call> callsFor(UUID caseId) {
    return calls.stream().filter(call -> call.caseId().equals(caseId.toString())).toList();
  }

  /** Every request answers this status (e.g. 503) until {@link #heal()}. */
  public void failWith(int status) {
    failWithStatus = status;
  }

  public void slowDownBy(Duration pause) {
    delay = pause;
  }

  public void heal() {
    failWithStatus = 0;
    delay = Duration.ZERO;
    if (server == null) {
      server = bind(port);
      server.start();
    }
  }

  /** Closes the port: calls are refused, exactly like a stopped case-service. */
  public void stop() {
    HttpServer running = server;
    server = null;
    if (running != null) {
      running.stop(0);
    }
  }

  private HttpServer bind(int onPort) {
    try {
      HttpServer created = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 50);
      created.setExecutor(Executors.newCachedThreadPool());
      created.createContext("/", this::handle);
      return created;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
      if (!"GET".equals(exchange.getRequestMethod()) || !path.matches()) {
        respond(exchange, 404, "{\"status\":404}");
        return;
      }
      String caseId = path.group(1);
      String serviceType = queryParameter(exchange, "serviceType");
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      if (everyCase == null) {
        calls.add(
            new Call(
                caseId,
                serviceType,
                authorization == null ? "" : authorization,
                "true".equals(queryParameter(exchange, "consentOverride")),
                queryParameter(exchange, "referralId")));
      }
      if (!delay.isZero()) {
        Thread.sleep(delay.toMillis());
      }
      if (failWithStatus != 0) {
        respond(exchange, failWithStatus, "{\"status\":" + failWithStatus + "}");
        return;
      }
      SharedCase shared = everyCase != null ? everyCase : cases.get(caseId);
      if (shared == null || authorization == null || !authorization.startsWith("Bearer ")) {
        respond(exchange, 404, "{\"status\":404,\"title\":\"Not Found\"}");
        return;
      }
      respond(
          exchange,
          200,
          """
          {"caseId":"%s","caseNumber":"%s","district":"%s","ownerAgency":"%s","riskLevel":"%s",
           "consent":{"referral":%s},"snapshot":%s,"sharingProfile":"%s"}
          """
              .formatted(
                  caseId,
                  shared.caseNumber(),
                  shared.district(),
                  shared.ownerAgency(),
                  shared.riskLevel(),
                  shared.consent(),
                  shared.snapshot(),
                  serviceType));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String queryParameter(HttpExchange exchange, String name) {
    String query = exchange.getRequestURI().getRawQuery();
    if (query == null) {
      return "";
    }
    for (String pair : query.split("&")) {
      String[] parts = pair.split("=", 2);
      if (parts[0].equals(name) && parts.length == 2) {
        return URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
      }
    }
    return "";
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
