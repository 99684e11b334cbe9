/** JPA implementations of the domain repositories. */
package org.fieldstock.infrastructure.persistence;
