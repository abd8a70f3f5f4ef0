package org.irm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.irm.analysis.AnalysisDesk;
import org.irm.analysis.ManyNeedsDataSet;
import org.irm.analysis.SecondCycleNeedsDataSet;
import org.irm.analysis.TaNeedsFigures;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueLoader;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.TemplateSource;
import org.irm.register.Register;
import org.irm.register.RegisterDatabase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 15's scale: the TA-needs analysis of 190 States with 20 needs each (3,800 coded needs in an
 * embedded H2 register, filled once per fork by {@link ManyNeedsDataSet}) must take under 5 s.
 * {@code analyse}: read the completed reviews, their report blocks and the coding from the register and
 * count every table; {@code analyseAndWrite}: the same and the .xlsx (native charts), .docx note (chart
 * images) and .json that {@code irm analysis ta-needs} writes. Single shot, as a user runs the command.
 *
 * <p>Run: {@code java -jar bench/target/irm-bench.jar AnalysisBenchmark} (bench/run does not run it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class AnalysisBenchmark {

    @Param({"190"})
    int states;

    @Param({"20"})
    int needsEach;

    private Path work;
    private Register register;
    private AnalysisDesk desk;

    @Setup(Level.Trial)
    public void fillTheRegister() throws Exception {
        work = Files.createTempDirectory("irm-analysis-bench-");
        register = Register.open(new RegisterDatabase("jdbc:h2:file:" + work.resolve("register").toAbsolutePath(), "irm", ""));
        TemplateSource templates = TemplateSource.bundled();
        Catalogue catalogue = new CatalogueLoader(templates).load("uncac", 2);
        StateList list = StateList.load(templates);
        int needs = new ManyNeedsDataSet(list, catalogue, 15L).fill(register, states, needsEach);
        desk = new AnalysisDesk(register, templates, catalogue, list, Clock.systemUTC());
        System.out.printf("%n%d needs of %d States in the register%n", needs, states);
    }

    @TearDown(Level.Trial)
    public void removeTheRegister() throws IOException {
        register.close();
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Benchmark
    public TaNeedsFigures analyse() {
        return desk.taNeeds(SecondCycleNeedsDataSet.AS_OF, Language.EN);
    }

    @Benchmark
    public Object analyseAndWrite() throws IOException {
        return desk.writeTaNeeds(Files.createTempDirectory(work, "out-"), SecondCycleNeedsDataSet.AS_OF, Language.EN);
    }
}
