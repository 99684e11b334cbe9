package org.fieldstock.domain.document;

/** Blue documents (蓝字) carry positive quantities; red documents (红字) negative ones and reverse earlier movements. */
public enum Ink {
    BLUE,
    RED
}
