/** Requests for new item codes from sites and BUs, decided by the planning office. */
package org.fieldstock.application.request;
