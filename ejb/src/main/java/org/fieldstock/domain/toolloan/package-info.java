/**
 * Tool loans (临时领用表 / 工具借用登记单, 3篇 1.3): a tool lent from a site's good store to a person or
 * a work team until a due date, and taken back signed off, fine or damaged.
 */
package org.fieldstock.domain.toolloan;
