/** Building blocks shared by every capability: the base entity and business exceptions that carry a message key. */
package org.fieldstock.domain.shared;
