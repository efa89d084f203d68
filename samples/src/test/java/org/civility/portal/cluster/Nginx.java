package org.civility.portal.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.civility.portal.PortalProcess;

import static org.awaitility.Awaitility.await;

/**
 * Debian's nginx (installed by {@code scripts/cluster-deps}) as the load balancer in front of portal nodes, as
 * docs/operations.md configures it: round robin over the nodes, a POST that reached a node is never sent again to
 * another (nginx's default), a node that refuses connections is passed over. Runs in the foreground as the test's
 * child on a free loopback port, with its configuration, logs and temporary files under {@code target/}; never the
 * system's service. Each answer names the node that gave it in {@code X-Upstream}.
 */
final class Nginx implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path prefix;

    private Nginx(Process process, int port, Path prefix) {
        this.process = process;
        this.port = port;
        this.prefix = prefix;
    }

    static Nginx inFrontOf(String name, List<Integer> nodePorts) {
        try {
            int port = PortalProcess.freePort();
            Path prefix = Files.createDirectories(Path.of("target", "nginx", name).toAbsolutePath());
            Files.createDirectories(prefix.resolve("temp"));
            Path conf = prefix.resolve("nginx.conf");
            Files.writeString(conf, config(port, nodePorts, prefix));
            Process process = new ProcessBuilder(binary(), "-p", prefix.toString(), "-c", conf.toString(),
                    "-e", prefix.resolve("error.log").toString())
                    .redirectErrorStream(true).redirectOutput(prefix.resolve("nginx.out").toFile()).start();
            Nginx nginx = new Nginx(process, port, prefix);
            try {
                nginx.awaitListening();
            } catch (RuntimeException | Error e) {
                nginx.close();
                throw e;
            }
            return nginx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The configuration docs/operations.md describes, on loopback. */
    static String config(int port, List<Integer> nodePorts, Path prefix) {
        String servers = nodePorts.stream()
                .map(p -> "        server 127.0.0.1:" + p + " max_fails=1 fail_timeout=5s;")
                .collect(Collectors.joining("\n"));
        String temp = prefix.resolve("temp").toString();
        return """
                daemon off;
                master_process on;
                %5$s
                worker_processes 1;
                pid %1$s/nginx.pid;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    client_body_temp_path %2$s/body;
                    proxy_temp_path %2$s/proxy;
                    fastcgi_temp_path %2$s/fastcgi;
                    uwsgi_temp_path %2$s/uwsgi;
                    scgi_temp_path %2$s/scgi;
                    client_max_body_size 20m;
                    upstream portal {
                %3$s
                        keepalive 32;
                    }
                    server {
                        listen 127.0.0.1:%4$d;
                        location / {
                            proxy_pass http://portal;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_set_header Host $host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_set_header X-Forwarded-Proto $scheme;
                            proxy_connect_timeout 2s;
                            proxy_read_timeout 60s;
                            proxy_next_upstream error timeout;
                            add_header X-Upstream $upstream_addr always;
                        }
                    }
                }
                """.formatted(prefix, temp, servers, port,
                // As root, nginx would run its worker as nobody, who cannot write the temporary files under target/.
                "root".equals(System.getProperty("user.name")) ? "user root;" : "");
    }

    private static String binary() {
        return Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
    }

    private void awaitListening() {
        await("nginx on port " + port + " (" + prefix + ")").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("nginx exited with " + process.exitValue() + ": "
                                + Files.readString(prefix.resolve("nginx.out")) + " "
                                + (Files.exists(prefix.resolve("error.log")) ? Files.readString(prefix.resolve("error.log")) : ""));
                    }
                    return status("/health") > 0;
                });
    }

    private int status(String path) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(10_000);
            return c.getResponseCode();
        } catch (IOException notYet) {
            return -1;
        }
    }

    URL url() {
        try {
            return URI.create("http://127.0.0.1:" + port + "/").toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops nginx (its master passes the signal to the worker) and waits until it has gone. */
    @Override
    public void close() {
        List<ProcessHandle> workers = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
