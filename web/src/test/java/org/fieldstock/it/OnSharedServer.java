package org.fieldstock.it;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test class drives the plain built WAR from outside, on the Payara Micro its test JVM shares
 * with every other such class (see {@link SharedServer}); its {@link ServerBase} field gets the
 * server's address. A test that needs a deployment of its own, or a database nobody else has
 * touched, uses Arquillian or an {@link ExtraServer} instead.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SharedServer.class)
@interface OnSharedServer {
}
