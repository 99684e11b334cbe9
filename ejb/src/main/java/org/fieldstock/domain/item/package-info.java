/** The item master (存货档案): spare parts, tools and consumables with their units and repair class. */
package org.fieldstock.domain.item;
