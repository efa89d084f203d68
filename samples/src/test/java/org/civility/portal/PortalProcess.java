package org.civility.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;

/**
 * The packaged portal WAR on its own Payara Micro process, as an operator starts it ({@code java -jar
 * payara-micro.jar --deploy civility-portal.war}), with exactly the environment a test gives it: nothing of the
 * developer's {@code CIVILITY_*} variables leaks in. For what the Arquillian deployments cannot show: a first
 * start without the demo, a restart over the same database. Tests talk to it on 127.0.0.1 only.
 */
public final class PortalProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private PortalProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the portal with these settings (environment variables) and waits until it answers /health. */
    public static PortalProcess start(String name, Map<String, String> environment) {
        return start(name, environment, List.of());
    }

    /**
     * Starts the portal with these settings (environment variables) and options of its JVM ({@code -D…},
     * {@code -Xmx…}, after the defaults), and waits until it answers /health.
     */
    public static PortalProcess start(String name, Map<String, String> environment, List<String> jvmOptions) {
        return start(name, environment, jvmOptions, List.of("--nocluster"), Duration.ofSeconds(240));
    }

    /**
     * Starts the portal as a member of a Payara (Hazelcast) cluster: {@code clusterOptions} replace
     * {@code --nocluster} (e.g. {@code --clustermode tcpip:127.0.0.1:<port> --interfaces 127.0.0.1}); waits until it
     * answers /health, for up to six minutes (a node joining a cluster on two busy cores starts slower than one alone).
     */
    public static PortalProcess startClustered(String name, Map<String, String> environment, List<String> clusterOptions) {
        return start(name, environment, List.of(), clusterOptions, Duration.ofSeconds(360));
    }

    private static PortalProcess start(String name, Map<String, String> environment, List<String> jvmOptions,
                                       List<String> clusterOptions, Duration deadline) {
        String jar = System.getProperty("payara.microJar", "target/payara-micro.jar");
        String war = System.getProperty("civility.portal.war", "target/civility-portal.war");
        try {
            int port = freePort();
            Path log = Files.createDirectories(logOf(name).getParent()).resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--sun-misc-unsafe-memory-access=allow", "-Xmx768m"));
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", jar, "--deploy", war, "--contextroot", "/", "--port", String.valueOf(port)));
            command.addAll(clusterOptions);
            command.add("--disablephonehome");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            builder.environment().keySet().removeIf(k -> k.startsWith("CIVILITY_"));
            builder.environment().putAll(environment);
            PortalProcess portal = new PortalProcess(builder.start(), log, port);
            try {
                portal.awaitHealthy(deadline);
            } catch (RuntimeException | Error e) {
                portal.close();
                throw e;
            }
            return portal;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitHealthy(Duration deadline) {
        await("the portal on port " + port + " answering /health (log: " + log.toAbsolutePath() + ")")
                .atMost(deadline).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("the portal exited with " + process.exitValue() + ":\n" + tail());
                    }
                    return status("/health") == 200;
                });
    }

    /** The portal's root URL on 127.0.0.1. */
    public URL url() {
        try {
            return URI.create("http://127.0.0.1:" + port + "/").toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the portal started under {@code name} writes its log. */
    static Path logOf(String name) {
        return Path.of("target", "portal-processes", name + ".log");
    }

    /** Everything the portal has logged so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first match of group 1 of the pattern in the log, if any. */
    public Optional<String> logged(Pattern pattern) {
        Matcher m = pattern.matcher(log());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private int status(String path) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
            c.setConnectTimeout(2000);
            c.setReadTimeout(5000);
            return c.getResponseCode();
        } catch (IOException notYet) {
            return -1;
        }
    }

    /** The first {@code count} log entries that contain {@code marker}, each with the {@code lines} lines after it. */
    public String entries(String marker, int count, int lines) {
        List<String> all = log().lines().toList();
        StringBuilder b = new StringBuilder();
        int found = 0;
        for (int i = 0; i < all.size() && found < count; i++) {
            if (all.get(i).contains(marker)) {
                found++;
                all.subList(i, Math.min(all.size(), i + 1 + lines)).forEach(l -> b.append(l).append('\n'));
            }
        }
        return b.toString();
    }

    private String tail() {
        List<String> lines = log().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** The port the portal answers on, on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** Whether the portal's process still runs. */
    public boolean alive() {
        return process.isAlive();
    }

    /** Kills the portal at once (SIGKILL, as {@code kill -9}): no shutdown hook runs, nothing is flushed. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A free TCP port on this machine, for a test's own servers. */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Stops the portal and waits until it has gone. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
