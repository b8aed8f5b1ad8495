package app.stride.weather;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A local stand-in for Open-Meteo on 127.0.0.1 (a free port), serving responses recorded in the shape the API
 * documents, from {@code src/test/resources/app/stride/weather/}. Paths:
 * {@code /v1/forecast}, {@code /v1/search} (name "Nowhere" has no {@code results}), {@code /error/...} (HTTP 400 with
 * Open-Meteo's error JSON), {@code /error200/...} (the error JSON with HTTP 200), {@code /broken/...} (HTTP 502 with an
 * HTML page), {@code /nulls/v1/forecast}, {@code /slow/...} (answers after 2 s), {@code /garbage/...} (not JSON).
 */
public final class FakeOpenMeteo implements AutoCloseable {

    private final HttpServer server;
    /** Every request's path and query, in order. */
    public final List<String> requests = new CopyOnWriteArrayList<>();

    public FakeOpenMeteo() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            final Thread t = new Thread(r, "fake-open-meteo");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(final String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void handle(final HttpExchange ex) throws IOException {
        final String path = ex.getRequestURI().getPath();
        final String query = ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery();
        requests.add(path + "?" + query);
        try {
            if (path.startsWith("/slow/")) {
                Thread.sleep(2000);
            }
            if (path.startsWith("/error/")) {
                send(ex, 400, resource("forecast_error.json"));
            } else if (path.startsWith("/error200/")) {
                send(ex, 200, resource("forecast_error.json"));
            } else if (path.startsWith("/broken/")) {
                send(ex, 502, "<html><body>Bad gateway</body></html>");
            } else if (path.startsWith("/garbage/")) {
                send(ex, 200, "{\"hourly\": [1, 2");
            } else if (path.endsWith("/v1/search")) {
                send(ex, 200, resource(query.contains("name=Nowhere") ? "geocoding_none.json" : "geocoding_portland.json"));
            } else if (path.startsWith("/nulls/")) {
                send(ex, 200, resource("forecast_nulls.json"));
            } else if (path.endsWith("/v1/forecast")) {
                send(ex, 200, resource("forecast_success.json"));
            } else {
                send(ex, 404, "{\"error\":true,\"reason\":\"Not found\"}");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up (timeout test): nothing to answer
        } finally {
            ex.close();
        }
    }

    private static void send(final HttpExchange ex, final int status, final String body) throws IOException {
        final byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(bytes);
        }
    }

    static String resource(final String name) {
        try (InputStream in = FakeOpenMeteo.class.getResourceAsStream("/app/stride/weather/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
