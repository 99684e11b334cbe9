package org.fieldstock.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.StoreScope;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * One Payara Micro with the built WAR for all {@link OnSharedServer} classes of a test JVM, instead
 * of one per class: an {@link ExtraServer} started when the first such class needs it and kept in
 * the launcher session's store, which JUnit closes (stopping the server) when the session ends,
 * that is after the last class of this failsafe fork. Not the root context's store: failsafe with
 * several forks hands a fork its classes one at a time, each a launch of its own whose root context
 * closes after that class; one launcher session spans them all.
 * <p>
 * The classes run one after another against the same server and database, so each test makes or
 * finds its own data rather than assume the demo data untouched.
 */
final class SharedServer implements TestInstancePostProcessor {

    private static final Namespace NAMESPACE = Namespace.create(SharedServer.class);

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws Exception {
        URL base = server(context).base();
        for (Field field : AnnotationSupport.findAnnotatedFields(testInstance.getClass(), ServerBase.class)) {
            if (field.getType() != URL.class) {
                throw new ExtensionConfigurationException("@ServerBase needs a URL field, not " + field);
            }
            field.setAccessible(true);
            field.set(testInstance, base);
        }
    }

    private static ExtraServer server(ExtensionContext context) {
        return context.getStore(StoreScope.LAUNCHER_SESSION, NAMESPACE)
                .getOrComputeIfAbsent(ExtraServer.class, key -> start(), ExtraServer.class);
    }

    /** The name of this test JVM's shared server, and of its log in {@code target/}. */
    private static final String NAME = "shared-server-" + ProcessHandle.current().pid();

    /** Where the shared server of this test JVM logs: everything it writes, from its start on. */
    static Path log() {
        return Path.of("target", NAME + ".log");
    }

    private static ExtraServer start() {
        try {
            return ExtraServer.start(NAME, Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the shared server started", e);
        } catch (IOException e) {
            throw new UncheckedIOException("the shared server did not start", e);
        }
    }
}
