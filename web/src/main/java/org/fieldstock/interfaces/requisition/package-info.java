/** Requisitions (内部联络单) on screens and over REST. */
package org.fieldstock.interfaces.requisition;
