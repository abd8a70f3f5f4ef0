package org.irm.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.irm.register.IntakeRegister;
import org.irm.register.Outcome;
import org.irm.register.Register;
import org.irm.register.SubmissionRecord;

/**
 * What the kill tests demand of every file dropped: registered, answered, and ended as it should
 * (the test files {@code ken-6, -12, -18, -24} are refused, all others accepted).
 */
final class FileOutcomes {

    private static final String REFUSED = "ken-(6|12|18|24)\\.docx";

    private FileOutcomes() {
    }

    /** One line per file that was lost, left unanswered or ended otherwise than expected; empty when all is well. */
    static List<String> problems(Register register, Map<String, byte[]> files) {
        IntakeRegister intake = new IntakeRegister(register);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            SubmissionRecord record = register.submissionBySha256(RecordingDesk.sha256(file.getValue())).orElse(null);
            if (record == null) {
                problems.add(file.getKey() + " was lost");
            } else if (!intake.answered(record.id())) {
                problems.add(file.getKey() + " was registered but never answered");
            } else if ((record.outcome() == Outcome.ACCEPTED) == file.getKey().matches(REFUSED)) {
                problems.add(file.getKey() + " ended " + record.outcome());
            }
        }
        return problems;
    }
}
