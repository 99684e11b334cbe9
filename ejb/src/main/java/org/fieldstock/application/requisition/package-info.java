/** Requisitions (内部联络单): drafting, the signatures, the planner's clock, what fulfils them. */
package org.fieldstock.application.requisition;
