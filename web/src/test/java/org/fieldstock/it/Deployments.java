package org.fieldstock.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that {@code mvn package} built: tests run against the real deliverable, not a hand-picked subset. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive fieldstockWar() {
        File war = new File(System.getProperty("fieldstock.war", "target/fieldstock.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
