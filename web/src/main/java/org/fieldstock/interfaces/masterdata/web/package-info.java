/** Screens for master data: org units and stores, items, suppliers, turbines, item-code requests. */
package org.fieldstock.interfaces.masterdata.web;
