/** REST for master data: org units, items, suppliers, turbines of a site, and requests for new item codes. */
package org.fieldstock.interfaces.masterdata.rest;
