package org.irm.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FieldIdTest {

    // The shapes as the catalogue documents them; FieldId checks them by hand for speed.
    private static final Pattern PROVISION = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");

    @Test
    void parsesEveryShapeOfFieldId() {
        assertEquals(new FieldId("uncac.9.1.a", "compliance", null), FieldId.parse("uncac.9.1.a/compliance"));
        assertEquals(new FieldId("uncac.9.1.a", "challenges", "limited-resources"),
                FieldId.parse("uncac.9.1.a/challenges#limited-resources"));
        assertEquals("uncac.9.1.a/challenges#limited-resources",
                FieldId.parse("uncac.9.1.a/challenges#limited-resources").toString());
    }

    @Test
    void refusesWhatIsNotAFieldId() {
        for (String text : new String[] {"uncac/compliance", "Uncac.9/compliance", "uncac..9/q", "uncac.9./q",
                ".uncac.9/q", "uncac.9/", "uncac.9/1q", "uncac.9/q#", "uncac.9/q#-x", "uncac.9/q r", "", "/q"}) {
            assertTrue(FieldId.tryParse(text).isEmpty(), text);
        }
    }

    @Test
    void acceptsExactlyWhatTheDocumentedShapesAccept() {
        Random random = new Random(42);
        String alphabet = "aZz09-.#/ _";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder provision = new StringBuilder();
            StringBuilder question = new StringBuilder();
            for (int c = random.nextInt(8); c >= 0; c--) {
                provision.append(alphabet.charAt(random.nextInt(alphabet.length() - 3)));
            }
            for (int c = random.nextInt(5); c >= 0; c--) {
                question.append(alphabet.charAt(random.nextInt(alphabet.length() - 4)));
            }
            boolean expected = PROVISION.matcher(provision).matches() && NAME.matcher(question).matches();
            String text = provision + "/" + question;
            assertEquals(expected, FieldId.tryParse(text).isPresent(), text);
        }
    }
}
