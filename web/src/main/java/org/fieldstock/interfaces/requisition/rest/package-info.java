/** Requisitions over REST: drafting, the steps, the lists with their clocks. */
package org.fieldstock.interfaces.requisition.rest;
