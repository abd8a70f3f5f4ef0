package org.irm.console;

import java.util.List;
import org.irm.register.DialogueQuestion;
import org.irm.register.ReportDraft;
import org.irm.register.ReviewRecord;
import org.irm.register.ReturnedVersion;
import org.irm.tracking.FieldHistory;
import org.irm.tracking.ProvisionProgress;

/**
 * What the console shows of one State: its row of the overview, its latest review, per provision
 * answered / findings / missing, the parts (whole checklist, agencies' shares) and their versions,
 * each answered field's history, and the report drafts written.
 *
 * @param review null when the register has no review of the State
 * @param parts     the parts whose returns came in ({@code whole}, {@code agency:<name>})
 * @param dialogue  the latest review's written dialogue, every question with its answers (for its parties alone)
 * @param dialogues where the dialogue of each review of the State stands, the latest review's first
 */
public record StatePage(OverviewRow row, ReviewRecord review, List<ProvisionProgress> provisions, List<String> parts,
                        List<ReturnedVersion> versions, List<FieldHistory> fields, List<ReportDraft> drafts,
                        List<DialogueQuestion> dialogue, List<DialogueCounts> dialogues) {
    public StatePage {
        dialogue = List.copyOf(dialogue);
        dialogues = List.copyOf(dialogues);
        provisions = List.copyOf(provisions);
        parts = List.copyOf(parts);
        versions = List.copyOf(versions);
        fields = List.copyOf(fields);
        drafts = List.copyOf(drafts);
    }
}
