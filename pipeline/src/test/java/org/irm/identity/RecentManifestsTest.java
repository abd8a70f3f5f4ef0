package org.irm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.QuestionKind;
import org.junit.jupiter.api.Test;

/** A manifest part read lately is parsed once; a damaged one fails every time; only a few are kept. */
class RecentManifestsTest {

    private static String part(String state) {
        ChecklistIdentity identity = new ChecklistIdentity(UUID.randomUUID(), "uncac-2-" + state, state, "uncac", 2,
                Language.EN, "2.1.0", null, Instant.parse("2026-03-02T09:00:00Z"), "00ff");
        return ManifestXml.write(new ChecklistManifest(identity, List.of(new FieldMapEntry(
                FieldId.parse("uncac.9.1.a/compliance"), "irm_1", QuestionKind.CHOICE, 0))));
    }

    @Test
    void theSamePartTextReadAgainGivesTheManifestReadBefore() throws Exception {
        RecentManifests recent = new RecentManifests(2);
        String text = part("KEN");

        ChecklistManifest first = recent.read(text);

        assertThat(recent.read(new String(text.toCharArray()))).isSameAs(first).isEqualTo(ManifestXml.read(text));
    }

    @Test
    void anotherPartGivesItsOwnManifest() throws Exception {
        RecentManifests recent = new RecentManifests(2);

        assertThat(recent.read(part("KEN")).identity().state()).isEqualTo("KEN");
        assertThat(recent.read(part("FRA")).identity().state()).isEqualTo("FRA");
    }

    @Test
    void theLeastRecentlyReadLeavesWhenMoreThanTheCapacityAreRead() throws Exception {
        RecentManifests recent = new RecentManifests(2);
        String ken = part("KEN");
        ChecklistManifest first = recent.read(ken);
        recent.read(part("FRA"));
        recent.read(part("BRA"));

        ChecklistManifest again = recent.read(ken);

        assertThat(again).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void aDamagedPartFailsEveryTime() {
        RecentManifests recent = new RecentManifests(2);
        String damaged = part("KEN").replace("<state>KEN</state>", "<state></state>");

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> recent.read(damaged)).isInstanceOf(ManifestXml.BadManifestException.class)
                    .hasMessageContaining("state");
        }
    }
}
