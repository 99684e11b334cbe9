package org.fieldstock.interfaces.shared;

import java.net.URI;
import java.util.Optional;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address people reach the application at, for links printed on paper (the bin cards' QR codes):
 * {@code fieldstock.public-url} when set (behind a proxy that rewrites the host), else the address of
 * the request that prints them, which is the one its user reached.
 */
public final class ApplicationAddress {

    public static final String PUBLIC_URL = "fieldstock.public-url";

    private ApplicationAddress() {
    }

    /** The application's address given the base of a request to it (ending in the context path). */
    public static String of(URI requestBase) {
        Optional<String> configured = ConfigProvider.getConfig().getOptionalValue(PUBLIC_URL, String.class)
                .filter(url -> !url.isBlank());
        return configured.orElse(requestBase.toString()).replaceAll("/$", "");
    }
}
