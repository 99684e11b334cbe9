/** The parts catalogue: reading items and stores, and maintaining items. */
package org.fieldstock.application.item;
