/** Requests for new item codes: REST and screens. */
package org.fieldstock.interfaces.request;
