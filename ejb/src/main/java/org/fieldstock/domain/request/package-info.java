/** Requests from sites and BUs for a new item code (2篇 2.2): name, spec, unit, photos; the planning office creates the code or rejects the request. */
package org.fieldstock.domain.request;
