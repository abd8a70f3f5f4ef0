package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.register.Event;
import org.irm.register.Register;
import org.irm.register.ReviewRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code irm lots} as a user runs it: draw, verify, redraw, years, and plain messages on refusal. */
class LotsCommandTest {

    private static final String TEMPLATES = System.getProperty("irm.templates");
    /** The States list the project ships, as a secretariat would give it with --states. */
    private static final String STATES = Path.of(TEMPLATES).resolve(StateList.PATH).toString();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path home;

    private Path config;

    @BeforeEach
    void configure() throws Exception {
        config = Files.writeString(home.resolve("irm.properties"), "irm.home=" + home + "\n");
    }

    /** Runs irm lots (or a subcommand of it) with a register of its own in the test's home. */
    private int run(String... args) {
        CommandLine cli = Irm.configured(new CommandLine(new LotsCommand()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> withConfig = new ArrayList<>(List.of(args));
        withConfig.add(withConfig.size() > 0 && List.of("redraw", "years").contains(withConfig.get(0)) ? 1 : 0, "--config");
        withConfig.add(withConfig.indexOf("--config") + 1, config.toString());
        return cli.execute(withConfig.toArray(String[]::new));
    }

    private Register register() {
        return Register.open(IrmConfig.load(config, Map.of()));
    }

    @Test
    void withoutOutTheRecordsGoIntoTheOutboxNotTheCurrentFolder() {
        assertThat(run("--states", STATES, "--templates", TEMPLATES, "--year", "2026", "--seed", "IRG-2026",
                "--under", "NGA,FRA", "--date", "2026-06-10")).as(err.toString()).isZero();

        assertThat(home.resolve("watch-folders/outbox/lots/lots-uncac-c2-2026.json")).isNotEmptyFile();
        assertThat(home.resolve("watch-folders/outbox/lots/lots-uncac-c2-2026.docx")).isNotEmptyFile();
        assertThat(Path.of("lots-uncac-c2-2026.json")).doesNotExist();
    }

    @Test
    void aDrawCreatesTheReviewsInTheRegisterLogsItAndVerifies(@TempDir Path dir) throws Exception {
        int drawn = run("--states", STATES, "--templates", TEMPLATES, "--year", "2026", "--seed", "IRG-2026",
                "--under", "NGA,FRA,BRA,IND", "--out", dir.toString(), "--date", "2026-06-10");
        Path record = dir.resolve("lots-uncac-c2-2026.json");

        assertThat(drawn).as(err.toString()).isZero();
        assertThat(dir.resolve("lots-uncac-c2-2026.xlsx")).isNotEmptyFile();
        assertThat(dir.resolve("lots-uncac-c2-2026.docx")).isNotEmptyFile();
        assertThat(dir.resolve("events.jsonl")).doesNotExist();
        Register register = register();
        assertThat(register.reviews().forInstrument("uncac")).extracting(ReviewRecord::id)
                .containsExactlyInAnyOrder("uncac-2-NGA", "uncac-2-FRA", "uncac-2-BRA", "uncac-2-IND");
        assertThat(register.reviews().find("uncac-2-NGA").orElseThrow().due("selfAssessment"))
                .contains(LocalDate.of(2026, 8, 10));
        assertThat(register.events("lots-uncac-c2-2026")).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("lots.draw");
            assertThat(e.fileSha256()).isEqualTo(HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(record))));
        });
        assertThat(run("--states", STATES, "--templates", TEMPLATES, "--verify", record.toString())).isZero();
        assertThat(out.toString()).contains("The record matches");
    }

    @Test
    void theNextYearsDrawCountsTheReviewsTheRegisterHolds(@TempDir Path dir) throws Exception {
        run("--states", STATES, "--templates", TEMPLATES, "--year", "2026", "--seed", "s", "--under", "NGA,FRA",
                "--out", dir.toString(), "--date", "2026-06-10");
        run("--states", STATES, "--templates", TEMPLATES, "--year", "2027", "--seed", "s", "--under", "KEN,DEU",
                "--out", dir.toString(), "--date", "2027-06-10");

        JsonHistoryDigest digest = JsonHistoryDigest.of(dir.resolve("lots-uncac-c2-2027.json"));
        assertThat(digest.history()).as("the 2027 draw read the 2026 reviews")
                .isNotEqualTo(JsonHistoryDigest.of(dir.resolve("lots-uncac-c2-2026.json")).history());
        assertThat(run("--states", STATES, "--templates", TEMPLATES, "--verify",
                dir.resolve("lots-uncac-c2-2027.json").toString())).as(out + err.toString()).isZero();
        assertThat(register().reviews().all()).hasSize(4);
    }

    /** The digest of the history a record says its draw read. */
    private record JsonHistoryDigest(String history) {
        static JsonHistoryDigest of(Path record) throws Exception {
            return new JsonHistoryDigest(new ObjectMapper().readTree(record.toFile())
                    .findValue("history").asText());
        }
    }

    @Test
    void aHistoryFolderTakesTheRegistersPlaceWhenGiven(@TempDir Path dir) throws Exception {
        String history = dir.resolve("register").toString();
        int drawn = run("--states", STATES, "--templates", TEMPLATES, "--year", "2026", "--seed", "IRG-2026",
                "--under", "NGA,FRA,BRA,IND", "--history", history, "--out", dir.toString(), "--date", "2026-06-10");
        Path record = dir.resolve("lots-uncac-c2-2026.json");

        assertThat(drawn).as(err.toString()).isZero();
        assertThat(dir.resolve("lots-uncac-c2-2026.xlsx")).isNotEmptyFile();
        assertThat(dir.resolve("lots-uncac-c2-2026.docx")).isNotEmptyFile();
        assertThat(Files.readAllLines(dir.resolve("register/reviews.csv"))).hasSize(1 + 8);
        assertThat(Files.readString(dir.resolve("register/events.jsonl"))).contains("\"kind\":\"draw\"");
        assertThat(run("--states", STATES, "--templates", TEMPLATES, "--history", history, "--verify",
                record.toString())).isZero();
        assertThat(out.toString()).contains("The record matches");
        assertThat(register().reviews().all()).as("nothing drawn into the register").isEmpty();
    }

    @Test
    void aRedrawIsRecordedWithItsReasonAndTheThirdNeedsExceptionalCircumstances(@TempDir Path dir) {
        run("--states", STATES, "--templates", TEMPLATES, "--year", "2026", "--seed", "s", "--under", "NGA,FRA",
                "--out", dir.toString(), "--date", "2026-06-10");
        String record = dir.resolve("lots-uncac-c2-2026.json").toString();
        String[] redraw = {"redraw", "--states", STATES, "--templates", TEMPLATES, "--record", record,
            "--state", "NGA", "--requested-by", "NGA", "--reason", "conflict of interest"};

        assertThat(run(redraw)).isZero();
        assertThat(run(redraw)).isZero();
        assertThat(run(redraw)).isEqualTo(LotsCommand.INPUT_PROBLEM);
        assertThat(err.toString()).contains("exceptional").doesNotContain("Exception");
        assertThat(run("--states", STATES, "--templates", TEMPLATES, "--verify", record)).isZero();
        assertThat(register().events("lots-uncac-c2-2026")).extracting(Event::action)
                .containsExactly("lots.draw", "lots.redraw", "lots.redraw", "lots.redraw-refused");
        assertThat(register().events("uncac-2-NGA")).extracting(Event::action)
                .containsExactly("review.created", "review.drawn", "review.drawn");
    }

    @Test
    void aBlockedDrawExitsWithTheRuleNotAStackTrace(@TempDir Path dir) throws Exception {
        Path policy = dir.resolve("strict.properties");
        Files.writeString(policy, "reviewers.excluded=DZA,AGO,BEN,BWA,BFA,BDI,CPV,CMR,CAF,TCD,COM,COG,CIV,COD,DJI,"
                + "EGY,GNQ,ERI,SWZ,ETH,GAB,GMB,GHA,GIN,GNB,KEN,LSO,LBR,LBY,MDG,MWI,MLI,MRT,MUS,MAR,MOZ,NAM,NER,"
                + "RWA,STP,SEN,SYC,SLE,SOM,ZAF,SSD,SDN,TGO,TUN,UGA,TZA,ZMB,ZWE\n");

        int code = run("--states", STATES, "--templates", TEMPLATES, "--policy", policy.toString(), "--year", "2026",
                "--seed", "s", "--under", "NGA", "--out", dir.toString());

        assertThat(code).isEqualTo(LotsCommand.BLOCKED);
        assertThat(err.toString()).contains("No reviewer from the African States group for NGA")
                .contains("excluded by the policy").doesNotContain("at org.");
    }

    @Test
    void yearsListsEveryPartyOnce() {
        assertThat(run("years", "--states", STATES, "--templates", TEMPLATES, "--cycle", "3", "--option", "new-draw",
                "--seed", "s", "--first-year", "2030")).isZero();
        assertThat(out.toString()).contains("2030 (39)").contains("2034 (38)");
    }

    @Test
    void drawingAYearAgainNeedsReplaceAndPrintsWhatIsWithdrawn(@TempDir Path dir) throws Exception {
        String history = dir.resolve("h").toString();
        run("--states", STATES, "--templates", TEMPLATES, "--year", "2026", "--seed", "a", "--under", "NGA,FRA,BRA",
                "--history", history, "--out", dir.toString(), "--date", "2026-06-10");
        List<String> before = Files.readAllLines(dir.resolve("h/reviews.csv"));

        int refused = run("--states", STATES, "--templates", TEMPLATES, "--year", "2026", "--seed", "b", "--under", "NGA",
                "--history", history, "--out", dir.toString(), "--date", "2026-06-10");

        assertThat(refused).isEqualTo(LotsCommand.INPUT_PROBLEM);
        assertThat(err.toString()).contains("lots-uncac-c2-2026 was already drawn: 3 State(s) under review (BRA, FRA, NGA)")
                .contains("--replace");
        assertThat(Files.readAllLines(dir.resolve("h/reviews.csv"))).isEqualTo(before);

        int replaced = run("--states", STATES, "--templates", TEMPLATES, "--year", "2026", "--seed", "b", "--under", "NGA",
                "--history", history, "--out", dir.toString(), "--date", "2026-06-10", "--replace");

        assertThat(replaced).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("Withdrawn \\([4-6]\\): ").contains("FRA reviewed by ")
                .contains("BRA reviewed by ");
        assertThat(Files.readAllLines(dir.resolve("h/reviews.csv"))).hasSize(1 + 2);
    }

    @Test
    void anUntocDrawWithTheShippedListWorksForTheConventionAndNamesTheEmptyProtocolColumns(@TempDir Path dir)
            throws Exception {
        Path convention = Files.writeString(dir.resolve("convention.properties"), "instruments=untoc\n");

        int refused = run("--mechanism", "untoc", "--states", STATES, "--templates", TEMPLATES, "--cycle", "1",
                "--year", "2026", "--seed", "s", "--under", "BRA,KEN,NIU", "--history", dir.resolve("h").toString(),
                "--out", dir.toString());
        int drawn = run("--mechanism", "untoc", "--states", STATES, "--templates", TEMPLATES, "--cycle", "1",
                "--policy", convention.toString(), "--year", "2026", "--seed", "s", "--under", "BRA,KEN,NIU",
                "--history", dir.resolve("h").toString(), "--out", dir.toString());

        assertThat(refused).isEqualTo(LotsCommand.INPUT_PROBLEM);
        assertThat(err.toString()).contains("does not say whether BRA (Brazil) is party to tip: its column tip_party is empty")
                .doesNotContain("is not party to untoc");
        assertThat(drawn).as(err.toString()).isZero();
        assertThat(out.toString()).contains("BRA: ", "KEN: ", "NIU: ");
    }

    @Test
    void untocYearsAreThreeReviewYearsOfAPhaseEachBalancedAcrossTheRegionalGroups() {
        assertThat(run("years", "--mechanism", "untoc", "--states", STATES, "--templates", TEMPLATES, "--cycle", "2",
                "--option", "new-draw", "--seed", "phase-2")).as(err.toString()).isZero();

        assertThat(out.toString()).contains("year 1 (", "year 3 (").doesNotContain("year 4 (")
                .contains("  by regional group: African States ");
    }

    @Test
    void helpExplainsTheCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Draw by lot").contains("--verify").contains("redraw").contains("years");
    }
}
