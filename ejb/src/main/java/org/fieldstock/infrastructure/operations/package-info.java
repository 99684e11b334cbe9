/** What operators watch: the figures of postings and reviews, published as MicroProfile Metrics where the runtime has them. */
package org.fieldstock.infrastructure.operations;
