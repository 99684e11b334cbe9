/**
 * Use-case services: one method per use case, each its own transaction, each checking the
 * caller's role and org scope before it loads, changes and stores an aggregate.
 */
package org.fieldstock.application;
