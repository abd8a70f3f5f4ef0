package org.irm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The header's and footer's stand-ins are replaced in a draft's body wherever a template puts them. */
class DraftWriterTest {

    private static final String HEADER = ReportRenderer.HEADER_ID;
    private static final String FOOTER = ReportRenderer.FOOTER_ID;

    @Test
    void theStandInsAreReplacedAsStringReplaceWouldInTurn() {
        Random random = new Random(20);
        String[] pieces = {HEADER, FOOTER, "irm", "Relationship", "irmHeader", "p", "r:id=\"", "é", "报告", " ", "<w:p/>",
            HEADER.substring(1), FOOTER.substring(0, FOOTER.length() - 1)};
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String body = text.toString();
            assertThat(replacedInOnePass(body)).as(body)
                    .isEqualTo(body.replace(HEADER, "rId4").replace(FOOTER, "rId5"));
        }
    }

    @Test
    void aBodyWithoutStandInsIsKeptAsItIs() {
        byte[] body = "<w:body><w:p/></w:body>".getBytes(StandardCharsets.UTF_8);
        assertThat(DraftWriter.replaced(body, ascii(HEADER), ascii("rId4"), ascii(FOOTER), ascii("rId5"))).isSameAs(body);
    }

    private static String replacedInOnePass(String body) {
        return new String(DraftWriter.replaced(body.getBytes(StandardCharsets.UTF_8), ascii(HEADER), ascii("rId4"),
                ascii(FOOTER), ascii("rId5")), StandardCharsets.UTF_8);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
