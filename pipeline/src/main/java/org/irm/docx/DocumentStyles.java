package org.irm.docx;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.irm.catalogue.Language;
import org.irm.config.TemplateSource;

/**
 * What every document this project issues shares with the checklist: its styles and fonts
 * ({@code templates/checklist/styles.xml} and {@code fonts.properties}). The checklist writer, the
 * review copy writer and the review merger all write with them, so all read alike.
 */
public final class DocumentStyles {

    private DocumentStyles() {
    }

    /** The checklist styles of {@code templates/checklist/} with the language's fonts. */
    public static String styles(TemplateSource templates, Language language) throws IOException {
        Properties fonts = new Properties();
        try (TemplateSource.Template template = templates.open("checklist/fonts.properties")) {
            fonts.load(new InputStreamReader(template.stream(), StandardCharsets.UTF_8));
        }
        String code = language.code();
        String styles;
        try (TemplateSource.Template template = templates.open("checklist/styles.xml")) {
            styles = new String(template.stream().readAllBytes(), StandardCharsets.UTF_8);
        }
        String eastAsia = font(fonts, code, "eastAsia");
        Map<String, String> tokens = Map.of(
                "@LATIN_FONT@", font(fonts, code, "latin"),
                "@CS_FONT@", font(fonts, code, "cs"),
                "@EA_FONT@", eastAsia,
                // The language of Latin-script text: English in Arabic and Chinese documents, whose own
                // text is tagged by w:bidi and w:eastAsia. LibreOffice breaks Latin words anywhere in a zh-CN run.
                "@LANG@", language == Language.AR || language == Language.ZH ? "en-GB" : language.locale().toLanguageTag(),
                "@BIDI_LANG@", "ar-SA",
                "@EA_LANG@", "zh-CN",
                // Chinese fonts have no italic face: Word and LibreOffice would slant the glyphs.
                "@EMPHASIS@", language == Language.ZH
                        ? "<w:rFonts w:eastAsia=\"" + fonts.getProperty(code + ".eastAsiaEmphasis", eastAsia) + "\"/>"
                        : "<w:i/><w:iCs/>");
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            styles = styles.replace(token.getKey(), token.getValue());
        }
        return styles;
    }

    private static String font(Properties fonts, String language, String script) {
        return fonts.getProperty(language + "." + script, fonts.getProperty("default." + script, "Times New Roman"));
    }
}
