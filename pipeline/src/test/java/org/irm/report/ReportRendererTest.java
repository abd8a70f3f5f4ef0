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
            String expected = ReportRenderer.BETWEEN_ELEMENTS.matcher(text).replaceAll("><");
            assertThat(ReportRenderer.withoutLineBreaksBetweenElements(text)).as(text).isEqualTo(expected);
            // As a template writes: in pieces, cut anywhere, as strings, characters and arrays.
            for (int cut = 0; cut <= text.length(); cut++) {
                for (int second = cut; second <= text.length(); second++) {
                    ReportRenderer.Compacting out = new ReportRenderer.Compacting(16);
                    out.write(text, 0, cut);
                    if (second == cut + 1) {
                        out.write(text.charAt(cut));
                    } else {
                        out.write(text.toCharArray(), cut, second - cut);
                    }
                    out.write(text.substring(second), 0, text.length() - second);
                    assertThat(out.text()).as(text + " cut at " + cut + " and " + second).isEqualTo(expected);
                }
            }
        }
    }
}
