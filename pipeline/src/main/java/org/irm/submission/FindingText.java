package org.irm.submission;

import java.util.ArrayList;
import java.util.List;
import org.irm.catalogue.Labels;
import org.irm.catalogue.Language;
import org.irm.register.Finding;

/** Renders a finding in a language, as the State reads it: the question named by its text, not its id. */
public final class FindingText {

    private final Labels labels;

    public FindingText(Labels labels) {
        this.labels = labels;
    }

    public String of(Finding finding, Language language) {
        List<String> arguments = new ArrayList<>(finding.arguments());
        if ("requiredWhen".equals(finding.code()) && !arguments.isEmpty()) {
            arguments.set(0, labels.text(language, "question." + arguments.get(0) + ".label"));
        }
        return labels.text(language, finding.messageKey(), arguments.toArray());
    }
}
