package org.fieldstock.interfaces.shared;

/**
 * Master data as a screen names it: a code and a name in Chinese and in English, of which
 * {@link Labels} shows the one in the reader's language.
 */
public interface Bilingual {

    String code();

    String nameZh();

    String nameEn();
}
