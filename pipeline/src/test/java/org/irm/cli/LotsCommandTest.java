package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code irm lots} as a user runs it: draw, verify, redraw, years, and plain messages on refusal. */
class LotsCommandTest {

    private static final String STATES = Path.of(System.getProperty("irm.shared"), "data", "states.csv").toString();
    private static final String TEMPLATES = System.getProperty("irm.templates");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new LotsCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void aDrawWritesItsOutputsRecordsTheReviewsAndVerifies(@TempDir Path dir) throws Exception {
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
    void helpExplainsTheCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Draw by lot").contains("--verify").contains("redraw").contains("years");
    }
}
