package org.irm.cli;

import org.irm.catalogue.ArticleRef;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an article of {@code --articles}: {@code 5} (every instrument's article 5) or {@code tip:5}
 * (the Trafficking in Persons Protocol's alone, in a UNTOC review); anything else is refused with
 * what to write.
 */
final class ArticleConverter implements ITypeConverter<ArticleRef> {

    @Override
    public ArticleRef convert(String value) {
        try {
            return ArticleRef.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
