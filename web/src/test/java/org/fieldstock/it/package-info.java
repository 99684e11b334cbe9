/**
 * Integration tests: the real WAR deployed on Payara Micro by Arquillian, driven over HTTP
 * (REST with Basic auth) and through the screens (Selenium in headless Chromium).
 */
package org.fieldstock.it;
