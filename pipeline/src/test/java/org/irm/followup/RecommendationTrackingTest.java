package org.irm.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.irm.catalogue.Language;
import org.irm.register.FollowUpItem;
import org.irm.register.NewReview;
import org.irm.register.Recommendations;
import org.irm.register.ReportBlockVersion;
import org.irm.register.ReviewStage;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Disposition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A final report's recommendations, good practices and TA needs become tracked items, as finally edited, with stable ids. */
class RecommendationTrackingTest {

    @TempDir
    Path home;

    @Test
    void theItemsOfTheReportAreTrackedAsEditedAndTrackingAgainCreatesNothing() throws Exception {
        FollowUpFixture fixture = new FollowUpFixture(home);
        Path draft = fixture.kenyaReportDrafted();
        List<ReportBlockVersion> blocks = fixture.register().reportRecords().versions("uncac-2-KEN");
        ReportBlockVersion recommendation = blocks.stream().filter(b -> b.kind().equals("recommendation")).findFirst()
                .orElseThrow();
        Path edited = FollowUpFixture.editBlock(draft, recommendation.blockKey(),
                "Amend the procurement law to publish every award.", home.resolve("edited.docx"));
        Acknowledgement takenBack = fixture.drop(edited, null, Instant.parse("2027-07-02T10:00:00Z"));
        assertThat(takenBack.disposition()).as(takenBack.message()).isEqualTo(Disposition.REGISTERED);

        Recommendations.Tracked first = new FinalReportTracking(fixture.register(), FollowUpFixture.CLOCK)
                .trackState("KEN");
        Recommendations.Tracked again = new FinalReportTracking(fixture.register(), FollowUpFixture.CLOCK)
                .reportFinal("uncac-2-KEN");

        long reportItems = blocks.stream().filter(b -> FinalReportTracking.TRACKED_KINDS.contains(b.kind()))
                .map(ReportBlockVersion::blockKey).distinct().count();
        assertThat(first.created()).isEqualTo((int) reportItems).isPositive();
        FollowUpItem item = first.items().stream().filter(i -> i.blockKey().equals(recommendation.blockKey()))
                .findFirst().orElseThrow();
        assertThat(item.finalText()).isEqualTo("Amend the procurement law to publish every award.");
        assertThat(item.text(Language.EN)).isEqualTo("Amend the procurement law to publish every award.");
        assertThat(item.id()).matches("uncac-2-KEN/R-[0-9a-z.-]+-01")
                .isEqualTo("uncac-2-KEN/R-" + ItemIds.shortProvision(recommendation.provisionId()) + "-01");
        assertThat(again.created()).isZero();
        assertThat(again.textsUpdated()).isZero();
        assertThat(again.items()).extracting(FollowUpItem::id)
                .containsExactlyElementsOf(first.items().stream().map(FollowUpItem::id).toList());
        assertThat(fixture.register().recommendations().ofState("KEN")).hasSize((int) reportItems);
    }

    @Test
    void anEditAfterTrackingUpdatesTheTextAndKeepsTheId() throws Exception {
        FollowUpFixture fixture = new FollowUpFixture(home);
        fixture.kenyaReportDrafted();
        FinalReportTracking tracking = new FinalReportTracking(fixture.register(), FollowUpFixture.CLOCK);
        FollowUpItem before = tracking.trackState("KEN").items().get(0);

        fixture.register().reportRecords().recordEdit("uncac-2-KEN", before.blockKey(), "Texte révisé par le secrétariat.",
                Language.FR, "secretariat", "edited-fr.docx", null, Instant.parse("2027-07-03T10:00:00Z"));
        Recommendations.Tracked after = tracking.trackState("KEN");

        FollowUpItem item = after.items().stream().filter(i -> i.blockKey().equals(before.blockKey())).findFirst().orElseThrow();
        assertThat(after.created()).isZero();
        assertThat(after.textsUpdated()).isEqualTo(1);
        assertThat(item.id()).isEqualTo(before.id());
        assertThat(item.finalLanguage()).isEqualTo(Language.FR);
        assertThat(item.finalText()).isEqualTo("Texte révisé par le secrétariat.");
        assertThat(item.texts()).containsKeys(Language.EN, Language.FR);
    }

    @Test
    void aReviewWhoseReportHasNoBlocksIsRefusedWithTheWayOut() {
        FollowUpFixture fixture = new FollowUpFixture(home);
        fixture.register().reviews().create(NewReview.of("UGA", "uncac", 2, Language.EN, ReviewStage.DRAFT_REPORT,
                List.of(), List.of(), null, FollowUpFixture.DRAFTED));

        assertThatThrownBy(() -> new FinalReportTracking(fixture.register(), FollowUpFixture.CLOCK).trackState("UGA"))
                .isInstanceOf(FinalReportTracking.NothingToTrack.class)
                .hasMessageContaining("has no blocks").hasMessageContaining("irm report --state UGA");
    }

    @Test
    void agenciesAreAssignedOnceEach() throws Exception {
        FollowUpFixture fixture = new FollowUpFixture(home);
        fixture.kenyaReportDrafted();
        String id = new FinalReportTracking(fixture.register(), FollowUpFixture.CLOCK).trackState("KEN").items().get(0).id();
        Recommendations register = fixture.register().recommendations();

        assertThat(register.assign(id, "Public Procurement Authority", "sec", FollowUpFixture.DRAFTED)).isTrue();
        assertThat(register.assign(id, "Public Procurement Authority", "sec", FollowUpFixture.DRAFTED)).isFalse();
        assertThat(register.assign(id, "Ministry of Justice", "sec", FollowUpFixture.DRAFTED.plusSeconds(60))).isTrue();

        assertThat(register.item(id).orElseThrow().agencies()).containsExactly("Public Procurement Authority",
                "Ministry of Justice");
        assertThatThrownBy(() -> register.assign("uncac-2-KEN/R-99.9-01", "X", "sec", FollowUpFixture.DRAFTED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No follow-up item");
    }
}
