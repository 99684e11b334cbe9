package org.fieldstock.domain.toolloan;

/** How a lent tool came back: fine, back on the shelf; damaged, to the site's damaged store. */
public enum ReturnCondition {
    FINE, DAMAGED
}
