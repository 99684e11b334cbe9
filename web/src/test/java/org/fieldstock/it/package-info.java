/**
 * Integration tests: the real WAR on Payara Micro, driven over HTTP (REST with Basic auth) and
 * through the screens (Selenium in headless Chromium).
 * <p>
 * The black-box tests ({@link org.fieldstock.it.OnSharedServer}) share one server per test JVM
 * (failsafe fork): started with the built WAR when the first of them needs it, stopped after the
 * fork's last class, and run one class after another against it and its database. So a test makes
 * its own data or finds it by what it made (numbers, names unique to the run), never by position or
 * count in the demo data. A test that needs a deployment of its own has Arquillian deploy it on a
 * server of its own ({@code AuthorisationMatrixIT} adds a probe resource to the WAR); one that needs
 * a database nobody else has touched starts an {@link org.fieldstock.it.ExtraServer} on it
 * ({@code FreshInstallIT}).
 */
package org.fieldstock.it;
