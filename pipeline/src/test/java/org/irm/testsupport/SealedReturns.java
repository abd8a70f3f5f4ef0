package org.irm.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.demo.ChecklistFiller;
import org.irm.identity.FieldMapEntry;

/**
 * Kenya's article 9 checklist, sealed with {@link Checklists#KEY}, returned with findings to fix:
 * compliance "partly" and no measures. Each variant has its own bytes, so each is a new version.
 */
public final class SealedReturns {

    private final Path folder;
    private Checklists.Written issued;
    private int filled;

    public SealedReturns(Path folder) {
        this.folder = folder;
    }

    /** A return with findings; {@code variant} makes its bytes distinct. */
    public synchronized byte[] withFindings(int variant) throws IOException {
        if (issued == null) {
            issued = Checklists.write(Files.createDirectories(folder).resolve("issued-KEN.docx"),
                    Checklists.request("KEN", Language.EN, Set.of(9), null, Map.of()));
        }
        Map<FieldId, String> answers = new LinkedHashMap<>();
        for (FieldMapEntry entry : issued.manifest().fields()) {
            FieldId field = entry.field();
            String value = switch (field.question()) {
                case "compliance" -> field.provisionId().equals("uncac.9.1") ? "partly" : "yes";
                case "measures" -> field.provisionId().equals("uncac.9.1") ? ""
                        : "The Public Procurement Act 2015 (amended " + variant + ") covers " + field.provisionId() + ".";
                case "respondent" -> "Ministry of Justice";
                case "submittedOn" -> "2027-02-14";
                default -> "";
            };
            if (!value.isEmpty()) {
                answers.put(field, value);
            }
        }
        Path out = folder.resolve("filled-" + (filled++) + ".docx");
        new ChecklistFiller().fill(issued.file(), answers, out);
        return Files.readAllBytes(out);
    }
}
