package org.civility.notices.internal;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;

/**
 * JSON-P (Jakarta JSON Processing) for the providers' requests and answers. The provider is looked up once: on an
 * application server it is the server's own (Payara: Parsson), elsewhere whatever implementation is on the class
 * path.
 */
public final class JsonText {

    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonText() {
    }

    public static JsonObjectBuilder object() {
        return JSON.createObjectBuilder();
    }

    public static jakarta.json.JsonArrayBuilder array() {
        return JSON.createArrayBuilder();
    }

    /** A flat object of string members, in the map's order. */
    public static String objectOf(Map<String, String> members) {
        JsonObjectBuilder object = object();
        members.forEach(object::add);
        return write(object.build());
    }

    public static String write(JsonStructure json) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = JSON.createWriter(out)) {
            writer.write(json);
        }
        return out.toString();
    }

    /** The answer as a JSON object, or empty if it is not one (an HTML error page, a cut-off body). */
    public static Optional<JsonObject> readObject(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            return Optional.of(reader.readObject());
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** A string member, or empty if absent or not a string. */
    public static Optional<String> string(JsonObject object, String name) {
        return object.containsKey(name) && object.get(name) instanceof jakarta.json.JsonString s
                ? Optional.of(s.getString()) : Optional.empty();
    }
}
