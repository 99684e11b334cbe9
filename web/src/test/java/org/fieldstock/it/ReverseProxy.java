package org.fieldstock.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Debian's HAProxy in front of the nodes of a {@link PayaraCluster}, on loopback, as the README's
 * "Several servers" section configures it: sticky sessions by a cookie naming the node, health
 * checks on {@code /health/ready}, and a request whose node cannot be reached sent to another one
 * (a request the node has already received is not repeated: it could post twice).
 */
final class ReverseProxy implements AutoCloseable {

    private static final File HAPROXY = new File(System.getProperty("haproxy.binary", "/usr/sbin/haproxy"));
    /** The cookie in which the proxy remembers the node of a browser's session. */
    static final String NODE_COOKIE = "FSNODE";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final Process process;
    private final URL base;

    private ReverseProxy(Process process, URL base) {
        this.process = process;
        this.base = base;
    }

    static ReverseProxy start(List<ExtraServer> nodes) throws IOException, InterruptedException {
        if (!HAPROXY.canExecute()) {
            throw new AssertionError(HAPROXY + " is not installed (apt-get install haproxy; .ci/run installs it)");
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        StringBuilder config = new StringBuilder("""
                global
                    maxconn 512
                    log stdout format raw local0 info
                defaults
                    mode http
                    log global
                    option httplog
                    timeout connect 2s
                    timeout client 5m
                    timeout server 5m
                    retries 3
                    option redispatch 1
                frontend fieldstock
                    bind 127.0.0.1:%d
                    default_backend nodes
                backend nodes
                    balance roundrobin
                    cookie %s insert indirect nocache httponly
                    option httpchk GET /health/ready
                    http-check expect status 200
                    default-server inter 1s fall 2 rise 2
                """.formatted(port, NODE_COOKIE));
        for (int i = 0; i < nodes.size(); i++) {
            URL node = nodes.get(i).base();
            String name = PayaraCluster.nodeName(i);
            config.append("    server %s 127.0.0.1:%d check cookie %s%n".formatted(name, node.getPort(), name));
        }
        Path file = Path.of("target", "haproxy.cfg");
        Files.writeString(file, config);
        Process process = new ProcessBuilder(HAPROXY.getPath(), "-db", "-f", file.toString()).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "haproxy.log").toFile()).start();
        ReverseProxy proxy = new ReverseProxy(process, new URL("http", "127.0.0.1", port, "/"));
        proxy.awaitNodes(nodes.size());
        return proxy;
    }

    URL base() {
        return base;
    }

    /** Waits until the proxy answers and sends requests to every node (its cookie names the one that served). */
    private void awaitNodes(int count) throws IOException, InterruptedException {
        Set<String> served = new HashSet<>();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(base + "health/ready")).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("haproxy stopped:\n" + log());
            }
            try {
                HttpResponse<Void> answer = HTTP.send(probe, HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(NODE_COOKIE + "="))
                            .map(c -> c.substring(NODE_COOKIE.length() + 1).split(";")[0]).forEach(served::add);
                    if (served.size() == count) {
                        return;
                    }
                }
            } catch (IOException notYet) {
                // the listener is not open yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("haproxy reached only " + served + " of " + count + " nodes:\n" + log());
    }

    /** Waits until the proxy's health checks have found the node up again. */
    void awaitUp(String nodeName) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String up = "Server nodes/" + nodeName + " is UP";
        int from = log().lastIndexOf("Server nodes/" + nodeName + " is DOWN");
        while (log().indexOf(up, Math.max(from, 0)) < 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("haproxy did not find " + nodeName + " up again:\n" + log());
            }
            Thread.sleep(200);
        }
    }

    /** What HAProxy logged: each request with the node that served it, and each node going down or up. */
    String log() throws IOException {
        return Files.readString(Path.of("target", "haproxy.log"));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
