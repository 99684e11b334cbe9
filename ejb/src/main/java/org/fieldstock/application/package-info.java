/**
 * Use-case services, one package per capability (the same names as {@code domain} and
 * {@code interfaces}): one method per use case, each its own transaction, each checking the
 * caller's role and org scope before it loads, changes and stores an aggregate. The words
 * (review, unreview, reversal, red ink, slip, sheet, campaign) are explained in the README.
 */
package org.fieldstock.application;
