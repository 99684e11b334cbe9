package org.fieldstock.it;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Payara Micro nodes with the built WAR that form one Payara (Hazelcast) cluster on loopback, as the
 * README's "Several servers" section starts them: a cluster name of their own, members found over
 * TCP/IP on 127.0.0.1 (no multicast), and partition backups kept on the other node although both
 * have the same address ({@code --nohostaware}). The nodes share the test's database and start at
 * once.
 */
final class PayaraCluster implements AutoCloseable {

    private final String name = "fieldstock-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Integer> dataGridPorts = new ArrayList<>();
    private final List<Integer> httpPorts = new ArrayList<>();
    private final List<ExtraServer> nodes = new ArrayList<>();

    private PayaraCluster(int size) throws IOException {
        for (int i = 0; i < size; i++) {
            dataGridPorts.add(ExtraServer.freePort());
            httpPorts.add(ExtraServer.freePort());
        }
    }

    /** Starts the nodes side by side and waits until each is ready. */
    static PayaraCluster start(int size) throws Exception {
        PayaraCluster cluster = new PayaraCluster(size);
        List<CompletableFuture<ExtraServer>> starting = IntStream.range(0, size)
                .mapToObj(node -> CompletableFuture.supplyAsync(() -> cluster.startNode(node))).toList();
        try {
            for (CompletableFuture<ExtraServer> node : starting) {
                cluster.nodes.add(node.join());
            }
        } catch (CompletionException failed) {
            starting.forEach(node -> node.thenAccept(PayaraCluster::stopQuietly));
            cluster.close();
            throw failed.getCause() instanceof Exception e ? e : failed;
        }
        return cluster;
    }

    /** Starts node {@code index} again (after it was killed), on its old ports. */
    ExtraServer restart(int index) {
        ExtraServer node = startNode(index);
        nodes.set(index, node);
        return node;
    }

    private ExtraServer startNode(int index) {
        try {
            return ExtraServer.start(nodeName(index), Map.of(), List.of("-XX:+UseSerialGC"), options(index),
                    httpPorts.get(index));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String nodeName(int index) {
        return "node" + (index + 1);
    }

    private List<String> options(int index) {
        String members = dataGridPorts.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
        return List.of("--name", nodeName(index), "--clustername", name, "--clustermode", "tcpip:" + members,
                "--interfaces", "127.0.0.1", "--startport", Integer.toString(dataGridPorts.get(index)), "--nohostaware");
    }

    List<ExtraServer> nodes() {
        return List.copyOf(nodes);
    }

    ExtraServer node(int index) {
        return nodes.get(index);
    }

    /** The index of the node of that name ({@code node1}, ...). */
    int indexOf(String nodeName) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodeName(i).equals(nodeName)) {
                return i;
            }
        }
        throw new AssertionError("no node " + nodeName + " in the cluster");
    }

    private static void stopQuietly(ExtraServer node) {
        try {
            node.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (ExtraServer node : nodes) {
            node.close();
        }
    }
}
