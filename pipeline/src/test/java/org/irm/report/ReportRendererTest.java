package org.irm.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportRendererTest {

    @Test
    void lineBreaksBetweenElementsGoAsTheRegularExpressionSaysAndTextKeepsItsOwn() {
        String[] rendered = {
            "<w:p>\n  <w:r>\r\n\t<w:t xml:space=\"preserve\">a \n b</w:t>\n</w:r></w:p>\n",
            "<a> \t\n \n\t <b/>\u2028<c/>\u0085 <d/>\r<e/>\n\u2028<f/>> \n<g> x\n<h>\n",
            "> \t \u000B<a>\f<b/>\r\n\r\n<c/>>>\n<",
            "no tags\nat all>", ">", "", ">\n", ">\n ",
        };
        for (String text : rendered) {
            assertThat(ReportRenderer.withoutLineBreaksBetweenElements(text)).as(text)
                    .isEqualTo(ReportRenderer.BETWEEN_ELEMENTS.matcher(text).replaceAll("><"));
        }
    }
}
