package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.HostileFiles;
import org.irm.testsupport.IrmCommandLine;
import org.irm.testsupport.SealedReturns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile file of {@link HostileFiles} through {@code irm ingest}, one register for the
 * whole set: each ends in its outcome and reason, and the next genuine return after it is still
 * registered and answered with its annotated copy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileFilesIngestTest {

    private static final Pattern FINDINGS = Pattern.compile(", (\\d+) findings");

    @TempDir
    static Path home;

    private IrmCommandLine irm;
    private SealedReturns returns;
    private int variant;

    @BeforeAll
    void configure() throws Exception {
        irm = IrmCommandLine.in(home, "irm.secret.key=" + new String(Checklists.KEY, StandardCharsets.UTF_8));
        returns = new SealedReturns(home.resolve("fixtures"));
    }

    static List<HostileFiles.Case> cases() {
        return HostileFiles.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachHostileFileGetsItsOutcomeAndTheNextReturnIsStillRegistered(HostileFiles.Case hostile) throws Exception {
        Path dropped = Files.createDirectories(home.resolve("dropped-" + variant));
        Path file = Files.write(dropped.resolve(hostile.fileName()), hostile.recipe().make(returns.withFindings(variant++)));

        for (int time = 0; time < (hostile.twice() ? 2 : 1); time++) {
            Ingested taken = ingest(file);
            assertThat(taken.out().lines()).as("one line for one file").hasSize(1);
            if (hostile.registered()) {
                assertThat(taken.exit()).as(taken.out()).isZero();
                assertThat(taken.out()).startsWith("REGISTERED").contains("-to-fix.docx");
            } else {
                assertThat(taken.exit()).as(taken.out()).isEqualTo(2);
                assertThat(taken.out()).startsWith("REFUSED").contains(hostile.reason());
            }
            if (hostile.registered()) {
                Ingested next = ingest(Files.write(dropped.resolve("next.docx"), returns.withFindings(variant++)));
                assertThat(findings(taken.out())).as("read as fully as a Transitional return").isEqualTo(findings(next.out()));
            }
        }

        Ingested next = ingest(Files.write(dropped.resolve("next-valid.docx"), returns.withFindings(variant++)));
        assertThat(next.exit()).as(next.out()).isZero();
        assertThat(next.out()).startsWith("REGISTERED").contains("-receipt.txt", "-to-fix.docx");
    }

    private record Ingested(int exit, String out) { }

    private Ingested ingest(Path file) {
        irm.clearOutput();
        int exit = irm.run("ingest", file.toString());
        return new Ingested(exit, irm.out() + irm.err());
    }

    private static int findings(String line) {
        Matcher matcher = FINDINGS.matcher(line);
        assertThat(matcher.find()).as(line).isTrue();
        return Integer.parseInt(matcher.group(1));
    }
}
