/**
 * Failed parts (3篇 1.5): what the damaged-part register (返修损坏备件清单) records of a part taken off a
 * turbine or damaged in storage — who replaced it and when, the serials removed, the cause — on its way
 * back to the repair hub.
 */
package org.fieldstock.domain.failedpart;
