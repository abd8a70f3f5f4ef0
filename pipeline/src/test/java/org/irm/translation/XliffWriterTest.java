package org.irm.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import org.irm.catalogue.Language;
import org.irm.report.BlockKind;
import org.irm.report.ReportComposer;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** What irm translate export writes: XLIFF 2.0 the core schema accepts, read back as written. */
class XliffWriterTest {

    private static final XliffWriter.Header HEADER = new XliffWriter.Header("uncac-2-KEN", "KEN", Language.EN, Language.AR);
    private static final List<ReportComposer.Untranslated> BLOCKS = List.of(
            new ReportComposer.Untranslated("uncac.9.1.a/recommendation/2", "Article 9, paragraph 1 (a)", BlockKind.RECOMMENDATION,
                    Language.EN, List.of("Adopt the <draft> amendment & publish it.", "Second\u0001 paragraph."),
                    ReportComposer.sourceDigest(List.of("Adopt the <draft> amendment & publish it.", "Second\u0001 paragraph.")),
                    List.of()),
            new ReportComposer.Untranslated("uncac.5.1/observations", "Article 5, paragraph 1", BlockKind.OBSERVATIONS,
                    Language.EN, List.of("Observed."), ReportComposer.sourceDigest(List.of("Observed.")), List.of("لوحظ.")));

    @Test
    void theExportIsValidXliffTwoAndReadsBackUnitByUnit() throws Exception {
        byte[] xliff = new XliffWriter().write(HEADER, BLOCKS);

        XliffSchema.assertValid(xliff);
        XliffReader.Read read = new XliffReader().read(new ByteArrayInputStream(xliff), "x.xlf");
        assertThat(read.reviewId()).isEqualTo("uncac-2-KEN");
        assertThat(read.from()).isEqualTo(Language.EN);
        assertThat(read.to()).isEqualTo(Language.AR);
        assertThat(read.units()).extracting(XliffReader.Unit::id)
                .containsExactly("uncac.9.1.a:recommendation:2", "uncac.5.1:observations");
        assertThat(read.units().get(0).sources()).containsExactly("Adopt the <draft> amendment & publish it.", "Second paragraph.");
        assertThat(read.units().get(0).translated()).isFalse();
        assertThat(new String(xliff, StandardCharsets.UTF_8)).contains("canResegment=\"no\"", "category=\"irm:earlier-translation\">لوحظ.");
        assertThat(new XliffWriter().write(HEADER, BLOCKS)).as("same blocks, same bytes").isEqualTo(xliff);
    }

    @Test
    void theSchemaRefusesAUnitIdThatIsNotANameToken() throws Exception {
        String broken = new String(new XliffWriter().write(HEADER, BLOCKS), StandardCharsets.UTF_8)
                .replace("id=\"uncac.5.1:observations\"", "id=\"uncac.5.1/observations\"");

        assertThatThrownBy(() -> XliffSchema.validator().validate(new StreamSource(
                new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))))).isInstanceOf(SAXException.class);
    }
}
