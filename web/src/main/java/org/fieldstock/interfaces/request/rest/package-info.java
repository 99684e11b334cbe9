/** REST resources for requests for new item codes. */
package org.fieldstock.interfaces.request.rest;
