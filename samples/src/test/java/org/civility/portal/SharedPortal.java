package org.civility.portal;

import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One packaged portal for every API IT of a run (a suite-level deployment): the WAR as the build packaged it, on its
 * own Payara Micro process ({@link PortalProcess}), started by the first class that asks and stopped when the run
 * ends. Each class then costs no start of its own. The portal has the demo set and the testing clock, the short job
 * periods the ITs wait on, and an in-memory database of its own.
 *
 * <p>The classes share its data, so each works on ids and names of its own, as they did already within a class. Before
 * each class the testing clock is set back. One setting differs from the defaults, for the run as a whole: R-ACC-2's
 * limit of failed sign-ins per address, since every test signs in from 127.0.0.1 ({@code SignInThrottleIT} proves
 * the default limits on a portal of its own). A class that changes what every other class relies on (the demo
 * accounts' state, throttles of the demo accounts) keeps a portal of its own: {@code AuthorizationMatrixIT},
 * {@code ServiceRecordApiIT} and the browser journeys.
 *
 * <pre>{@code
 * @ExtendWith(SharedPortal.class)
 * class OrderApiIT {
 *     @SharedPortal.Url
 *     URL deployment;
 * }
 * }</pre>
 */
public final class SharedPortal implements BeforeAllCallback, TestInstancePostProcessor {

    /** A field of type {@link URL} that receives the root URL of the portal the group shares. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Url {

        /** The group of classes that share one portal: the API ITs, or the browser journeys. */
        String value() default API;
    }

    /** The API ITs' portal. */
    public static final String API = "api";

    /** The browser journeys' portal: their pages show the demo's numbers, which the API ITs would move. */
    public static final String BROWSER = "browser";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPortal.class);

    /** What arquillian.xml gives the per-class deployments, with a database and a file store per group. */
    private static List<String> options(String group) {
        return List.of("-Xmx1g", "-Dcivility.demo=true", "-Dcivility.testing=true",
                "-Dcivility.orders.escalate-every=PT2S", "-Dcivility.records.close-forgotten-every=PT2S",
                "-Dcivility.datasource.url=jdbc:h2:mem:civility-" + group + ";DB_CLOSE_DELAY=-1",
                "-Dcivility.storage.dir=target/it-files-" + group, "-Dcivility.sign-in.failures-per-address=100000");
    }

    /** The root URL of the group's portal, started on first use and stopped when the run ends. */
    public static URL url(ExtensionContext context, String group) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(group, g -> PortalProcess.start(name(g), Map.of(), options(g)),
                        PortalProcess.class)
                .url();
    }

    /** Everything the group's portal has logged so far (empty before it starts). */
    public static String log(String group) {
        try {
            Path log = PortalProcess.logOf(name(group));
            return Files.isRegularFile(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(String group) {
        return "shared-" + group;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        for (String group : groups(context.getRequiredTestClass())) {
            var reset = Api.at(url(context, group)).as("station-head", DemoData.DEMO_PASSWORD)
                    .put("api/v1/testing/clock", "{\"offset\":\"PT0S\"}");
            assertThat(reset.status()).as("the testing clock set back: " + reset).isEqualTo(200);
        }
    }

    @Override
    public void postProcessTestInstance(Object instance, ExtensionContext context) throws IllegalAccessException {
        for (Field field : fields(instance.getClass())) {
            field.setAccessible(true);
            field.set(instance, url(context, field.getAnnotation(Url.class).value()));
        }
    }

    private static List<String> groups(Class<?> test) {
        return fields(test).stream().map(f -> f.getAnnotation(Url.class).value()).distinct().toList();
    }

    private static List<Field> fields(Class<?> test) {
        List<Field> fields = new java.util.ArrayList<>();
        for (Class<?> c = test; c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(Url.class)) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }
}
