package org.fieldstock.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Micro with the built WAR in a process of its own: the server the black-box tests share
 * ({@link SharedServer}), a second server on the same database, or a start on a database of its
 * own. It inherits the test's environment (the database settings), with the given variables on
 * top, and starts like Arquillian's (arquillian.xml) and mvn -Prun: serial collector, Hazelcast
 * without a cluster (Payara 7's web container keeps its single sign-on there: without Hazelcast a
 * logout fails) unless it is to be a node of a {@link PayaraCluster}, the HTTP port opened once the
 * application is deployed. Its start is watched as a
 * load balancer would: from the first answer on, nothing but 503 may come before
 * {@code /health/ready} says 200.
 */
final class ExtraServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    /** A boot that logs nothing for this long before the application deploys has stalled. */
    private static final Duration STALL = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;
    private final URL base;
    private final Instant launched = Instant.now();
    private Duration untilReady;
    private Duration firstPage;
    /** Stops the server should the test JVM end without closing it (a run cut short). */
    private final Thread stopAtExit;

    private ExtraServer(Process process, Path log, URL base) {
        this.process = process;
        this.log = log;
        this.base = base;
        this.stopAtExit = new Thread(process::destroyForcibly, "stop " + log.getFileName());
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /** Starts the server and waits until it answers; the log goes to {@code target/<name>.log}. */
    static ExtraServer start(String name, Map<String, String> environment) throws IOException, InterruptedException {
        return start(name, environment, List.of("-XX:+UseSerialGC"));
    }

    /** The same with these JVM options instead of the serial collector (none: the JVM's own choice, as mvn -Prun). */
    static ExtraServer start(String name, Map<String, String> environment, List<String> jvmOptions)
            throws IOException, InterruptedException {
        return start(name, environment, jvmOptions, List.of("--nocluster"));
    }

    /** The same as a node of a cluster: the Payara Micro options that make it join it (see {@link PayaraCluster}). */
    static ExtraServer start(String name, Map<String, String> environment, List<String> jvmOptions,
            List<String> clusterOptions) throws IOException, InterruptedException {
        return start(name, environment, jvmOptions, clusterOptions, freePort());
    }

    /** The same on the given HTTP port (a node restarted where its load balancer expects it). */
    static ExtraServer start(String name, Map<String, String> environment, List<String> jvmOptions,
            List<String> clusterOptions, int port) throws IOException, InterruptedException {
        Path log = Path.of("target", name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", new File("target/payara-micro.jar").getAbsolutePath(),
                "--deploy", OracleModeWar.forTests(new File(System.getProperty("fieldstock.war", "target/fieldstock.war")))
                        .getAbsolutePath(),
                "--port", Integer.toString(port)));
        command.addAll(clusterOptions);
        command.addAll(List.of("--prebootcommandfile", commandFile("payara.prebootCommands", "preboot-commands.txt"),
                "--postdeploycommandfile", commandFile("payara.postdeployCommands", "postdeploy-commands.txt")));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        for (int attempt = 1;; attempt++) {
            ExtraServer server = new ExtraServer(builder.start(), log, new URL("http", "localhost", port, "/"));
            try {
                server.awaitStarted();
                return server;
            } catch (StalledBoot stalled) {
                server.kill();
                Path kept = Path.of("target", name + "-stalled.log");
                Files.move(log, kept, StandardCopyOption.REPLACE_EXISTING);
                if (attempt == 2) {
                    throw stalled;
                }
                System.out.println("EXTRA SERVER " + name + " STALLED WHILE BOOTING, STARTED AGAIN: " + stalled.getMessage()
                        + " (log " + kept + ", threads " + stalled.threads + ")");
            } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
                server.close();
                throw e;
            }
        }
    }

    /**
     * Payara Micro went silent while booting, before the application began to deploy (seen once in CI:
     * nothing after the HA store's registration for four minutes). No database was touched yet, so the
     * start is tried once more; the threads of the stalled JVM are kept for a look.
     */
    private static final class StalledBoot extends AssertionError {
        private final Path threads;

        StalledBoot(String message, Path threads) {
            super(message);
            this.threads = threads;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    private static String commandFile(String property, String name) {
        return new File(System.getProperty(property, "src/main/payara/" + name)).getAbsolutePath();
    }

    URL base() {
        return base;
    }

    /** The server's process id, for the JDK's tools (jcmd). */
    long pid() {
        return process.pid();
    }

    /** From launching the JVM to the first 200 of {@code /health/ready}. */
    Duration untilReady() {
        return untilReady;
    }

    /** How long the login page took to render the first time, once ready. */
    Duration firstPage() {
        return firstPage;
    }

    /** Everything the server has logged so far. */
    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitStarted() throws IOException, InterruptedException {
        ApiClient anonymous = ApiClient.as(base, null, null);
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        long logged = -1;
        Instant lastLogged = Instant.now();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the extra server stopped:\n" + tail());
            }
            long size = Files.size(log);
            if (size != logged) {
                logged = size;
                lastLogged = Instant.now();
            } else if (Duration.between(lastLogged, Instant.now()).compareTo(STALL) > 0
                    && !Files.readString(log).contains("org.fieldstock")) {
                throw new StalledBoot("nothing logged for " + STALL.toSeconds() + " s before the application deployed",
                        threadDump());
            }
            int status;
            try {
                status = anonymous.get("health/ready").status();
            } catch (RuntimeException notYet) {
                // connection refused until the application is deployed and the port opens
                Thread.sleep(100);
                continue;
            }
            if (status == 200) {
                untilReady = Duration.between(launched, Instant.now());
                // the first page Faces renders takes seconds; let no browser test's first wait pay for it
                Instant asked = Instant.now();
                anonymous.get("login.xhtml");
                firstPage = Duration.between(asked, Instant.now());
                return;
            }
            if (status != 503) {
                throw new AssertionError("while starting, GET /health/ready answered " + status
                        + " (only 503 may come before 200):\n" + tail());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the extra server did not start within " + START_TIMEOUT + ":\n" + tail());
    }

    private Path threadDump() {
        Path dump = Path.of("target", log.getFileName().toString().replace(".log", "-stalled-threads.txt"));
        try {
            new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(process.pid()), "Thread.print").redirectErrorStream(true).redirectOutput(dump.toFile())
                    .start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return dump;
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** Kills the server as a power cut would: SIGKILL, no shutdown of any kind. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException exiting) {
            // closed by the shutdown itself; the hook is harmless
        }
    }
}
