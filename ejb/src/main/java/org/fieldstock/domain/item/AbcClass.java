package org.fieldstock.domain.item;

/** ABC class of an item (3篇 1.4.2): A the few that hold most of the value, counted and watched most closely. */
public enum AbcClass {
    A, B, C
}
