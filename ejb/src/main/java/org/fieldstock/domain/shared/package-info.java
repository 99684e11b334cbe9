/**
 * Building blocks shared by every capability: the base entity, business exceptions and stored
 * messages that carry a message key, and the words written in both languages into generated records.
 */
package org.fieldstock.domain.shared;
