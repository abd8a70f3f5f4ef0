package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.irm.testsupport.IrmCommandLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command used wrongly, as a new user would, starting from the README's examples: one line on
 * standard error that names the command and says what to fix, exit code 2, nothing on standard
 * output, no usage dump, no Java class name.
 */
class CommandMisuseTest {

    @TempDir
    Path home;

    private IrmCommandLine irm;

    @BeforeEach
    void configure() {
        irm = IrmCommandLine.in(home, "irm.secret.key=command-misuse-test-key-0123456789");
    }

    /** One misuse or more per command of {@code irm --help}; the first word is the command. */
    static Stream<String> misuses() {
        return Stream.of(
                "chcklist --state KEN",
                "checklist --state KEN --language en --deadline 31/03/2027",
                "checklist --state XYZ --language en",
                "checklist --state EGY --language xx",
                "checklist --language en",
                "sample-fill watch-folders/outbox/KEN/no-such-checklist.docx",
                "sample-fill",
                "inspect",
                "inspect no-such-file.docx --json",
                "lots --year 2026 --seed published --under KEN,XYZ,FRA --out lots",
                "lots --year twenty --seed published --under KEN",
                "lots --year 2026 --under KEN",
                "report --state XYZ --language all",
                "report --import no-such-report.docx --author A",
                "report --state KEN --kind everything",
                "followup track --state XYZ",
                "followup form --state KEN --language qq",
                "followup status --json --xlsx status.xlsx",
                "followup plan --state KEN --date soon",
                "ingest",
                "ingest --state XYZ answers.docx",
                "ingest --supporting law.pdf",
                "documents --state XYZ",
                "documents search",
                "documents search --limit 0 law",
                "status --state XYZ",
                "status --jsn",
                "focal-points add --state KEN",
                "focal-points add --state KEN --email not-an-address",
                "focal-points list --state XYZ",
                "contributors invite --state KEN --email ngo@example.org --name Ann --organisation NGO --kind church --provisions 9",
                "contributors invite --state KEN --email ngo@example.org --organisation NGO --kind academia --provisions 9",
                "contributors invite --state XYZ --email ngo@example.org --name Ann --organisation NGO --kind academia --provisions 9",
                "contributors invite --state KEN --email ngo@example.org --name Ann --organisation NGO --kind academia --provisions 99",
                "contributors withdraw --state KEN --email nobody@example.org",
                "review-copy --state KEN --reviewer XYZ",
                "review-copy --state XYZ",
                "merge --state XYZ",
                "merge --state KEN no-such-copy.docx",
                "reminders --date tomorrow",
                "review advance --state XYZ --to final",
                "review advance --state KEN",
                "review stages --language xx",
                "experts add --review uncac-2-KEN --state XYZ --email expert@example.org",
                "experts list --revue uncac-2-KEN",
                "log --since yesterday",
                "log --state XYZ",
                "log --state KENYA",
                "analysis needs",
                "analysis ta-needs --as-of never --out analysis",
                "serve --port eighty",
                "users add",
                "users add --login ann --role emperor",
                "run --watch-root elsewhere",
                "demo --fast",
                "translate export --state XYZ --language fr",
                "translate export --state KEN",
                "translate import no-such-file.xlf --translator T",
                "dialogue ask --state XYZ --provision 9.1 --text Why?",
                "dialogue ask --state KEN --provision 9.1 --text Why?",
                "dialogue send --state KEN --language qq",
                "dialogue list --state XYZ",
                "register compact",
                "register compact --jsn");
    }

    @ParameterizedTest
    @MethodSource("misuses")
    void aMisusedCommandSaysWhatToFixInOneLineAndExitsWithTwo(String commandLine) {
        String[] args = commandLine.split(" ");

        int exit = irm.run(args);

        String err = irm.err().strip();
        assertThat(exit).as(err).isEqualTo(2);
        assertThat(err.lines()).as(err).hasSize(1);
        assertThat(err).matches("irm[ :].*").doesNotContain("Usage:").doesNotContainPattern("java\\.|Exception|\\tat ");
        assertThat(irm.out()).isEmpty();
    }

    @Test
    void everyCommandHasAMisuseAbove() {
        Set<String> covered = misuses().map(m -> m.split(" ")[0]).collect(Collectors.toCollection(TreeSet::new));
        Set<String> commands = new TreeSet<>(Irm.commandLine().getSubcommands().keySet());
        commands.remove("help");

        assertThat(covered).containsAll(commands);
    }

    @Test
    void aParseErrorPointsToTheCommandsHelp() {
        irm.run("status", "--jsn");

        assertThat(irm.err()).isEqualTo("irm status: Unknown option: '--jsn' (did you mean --json?). See 'irm status --help'."
                + System.lineSeparator());
    }

    @Test
    void aMistypedCommandIsNamedWithTheNearestOnes() {
        irm.run("chcklist", "--state", "KEN");

        assertThat(irm.err()).startsWith("irm: Unknown command 'chcklist' (did you mean checklist");
    }

    @Test
    void aDateThatIsNotOneIsSaidInWordsWithoutAJavaClass() {
        irm.run("checklist", "--state", "KEN", "--deadline", "31/03/2027");

        assertThat(irm.err()).contains("'31/03/2027' is not a date: write it as YYYY-MM-DD").doesNotContain("LocalDate");
    }

    @Test
    void anUnknownStateIsNamedAndNothingIsWritten() {
        irm.run("review-copy", "--state", "KEN", "--reviewer", "XYZ");

        assertThat(irm.err()).contains("Unknown State 'XYZ'");
        assertThat(home.resolve("watch-folders/outbox")).doesNotExist();
    }

    @Test
    void helpIsStillTheFullUsageOnStandardOutput() {
        assertThat(irm.run("checklist", "--help")).isZero();

        assertThat(irm.out()).contains("Usage: irm checklist").contains("--deadline");
        assertThat(Arrays.asList(irm.err().split("\n"))).containsOnly("");
    }
}
