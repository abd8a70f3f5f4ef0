package org.irm.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.irm.catalogue.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A test run once in English and once in Arabic, given the {@link Language}: a left-to-right and a
 * right-to-left script, what a LibreOffice round trip or a PDF must both keep.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@EnumSource(value = Language.class, names = {"EN", "AR"})
public @interface EnglishAndArabic {
}
