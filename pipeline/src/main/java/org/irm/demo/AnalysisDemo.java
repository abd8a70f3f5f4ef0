package org.irm.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.irm.analysis.AnalysisDesk;
import org.irm.analysis.CategoryScheme;
import org.irm.analysis.OutcomesFigures;
import org.irm.analysis.SecondCycleNeedsDataSet;
import org.irm.analysis.TaNeedsFigures;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.TemplateSource;
import org.irm.register.Register;
import org.irm.register.RegisterDatabase;

/**
 * The demo's analysis step (issue 15): a register of its own filled with the 57 completed second-cycle
 * reviews shaped like the secretariat's note to the Conference, the coding workbook exported from it,
 * and the TA-needs and outcomes analyses written as .xlsx, .docx and .json.
 */
public final class AnalysisDemo {

    private final PrintWriter say;

    public AnalysisDemo(PrintWriter say) {
        this.say = say;
    }

    public void run(Path run, Catalogue catalogue, StateList states, TemplateSource templates) throws IOException {
        Path folder = run.resolve("analysis");
        say.println("12. Across States: 57 completed second-cycle reviews shaped like the note to the Conference"
                + " (CAC/COSP/2021), in a register of their own, analysed into " + folder);
        Path registerFile = folder.resolve("register").toAbsolutePath();
        try (Register register = Register.open(new RegisterDatabase("jdbc:h2:file:" + registerFile, "irm", ""))) {
            SecondCycleNeedsDataSet.Written written = new SecondCycleNeedsDataSet(states, catalogue,
                    SecondCycleNeedsDataSet.SEED).fill(register);
            say.printf("   %d reviews, %d needs coded, %d recommendations (%d tracked), %d good practices%n", written.reviews(),
                    written.needs(), written.recommendations(), written.trackedRecommendations(), written.goodPractices());
            AnalysisDesk desk = new AnalysisDesk(register, templates, catalogue, states, Clock.systemUTC());
            AnalysisDesk.Exported coding = desk.exportCoding(folder.resolve("ta-needs-coding.xlsx"), Language.EN);
            say.printf("   coding workbook (irm analysis needs --export): %s, %d needs%n", coding.file().getFileName(),
                    coding.needs());
            AnalysisDesk.Written<TaNeedsFigures> needs = desk.writeTaNeeds(folder, SecondCycleNeedsDataSet.AS_OF, Language.EN);
            TaNeedsFigures.Summary summary = needs.figures().summary();
            TaNeedsFigures.CategoryFigure capacity = needs.figures().category(CategoryScheme.CAPACITY_BUILDING);
            say.printf("   TA needs as of %s: %d of %d States with needs, %d needs; capacity-building %d States, %d needs, %d%%%n",
                    needs.figures().asOf(), summary.withNeeds(), summary.completed(), summary.needs(), capacity.states(),
                    capacity.needs(), capacity.share().percent());
            say.println("   " + needs.files().xlsx().getFileName() + ", " + needs.files().docx().getFileName() + ", "
                    + needs.files().json().getFileName());
            AnalysisDesk.Written<OutcomesFigures> outcomes = desk.writeOutcomes(folder, SecondCycleNeedsDataSet.AS_OF.get(2),
                    Language.EN);
            say.printf("   outcomes: %d recommendations, %d good practices; %s%n", outcomes.figures().summary().recommendations(),
                    outcomes.figures().summary().goodPractices(), outcomes.files().xlsx().getFileName());
        }
    }
}
