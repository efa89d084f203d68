package org.civility.portal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small client of the portal's REST API for the ITs. Always talks to 127.0.0.1, whatever host
 * the container adapter reports.
 */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String authorization;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Api(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The deployment URL with its host replaced by 127.0.0.1. */
    public static Api at(URL deployment) {
        URI u = URI.create(deployment.toString());
        String path = u.getPath().endsWith("/") ? u.getPath() : u.getPath() + "/";
        return new Api(URI.create("http://127.0.0.1:" + u.getPort() + path), null);
    }

    public Api as(String user, String password) {
        Api api = new Api(base, "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        api.headers.putAll(headers);
        return api;
    }

    public Api withHeader(String name, String value) {
        Api api = new Api(base, authorization);
        api.headers.putAll(headers);
        api.headers.put(name, value);
        return api;
    }

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** GET of a path on the server's root, outside the portal's context (/health, /openapi). */
    public Reply getFromServerRoot(String absolutePath) {
        return send(HttpRequest.newBuilder(base.resolve(absolutePath.startsWith("/") ? absolutePath : "/" + absolutePath)).GET());
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** GET of a binary answer (a PDF); an error still comes as problem+json, readable through {@link Bytes#text()}. */
    public Bytes getBytes(String path, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET().timeout(Duration.ofSeconds(60))
                .header("Accept", accept + ", application/problem+json");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        headers.forEach(b::header);
        try {
            HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Bytes(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    public Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    /** POST of a binary body (an uploaded file) with its content type. */
    public Reply postBytes(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** POST of a body streamed without a length (chunked), with its content type. */
    public Reply postStream(String path, String contentType, java.util.function.Supplier<java.io.InputStream> body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(body)));
    }

    public Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private Reply send(HttpRequest.Builder b) {
        b.timeout(Duration.ofSeconds(60)).header("Accept", "application/json, application/problem+json");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A binary response: status, content type and the bytes. */
    public record Bytes(int status, String contentType, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (contentType.contains("json") ? text() : body.length + " bytes");
        }
    }

    /** A response: status, content type and the body (parsed as JSON on demand). */
    public record Reply(int status, String contentType, String body, HttpResponse<String> raw) {

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String string(String field) {
            JsonValue v = json().get(field);
            return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : json().getString(field);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
