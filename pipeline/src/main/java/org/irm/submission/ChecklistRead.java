package org.irm.submission;

import java.util.List;
import java.util.Optional;
import org.irm.catalogue.Catalogue;
import org.irm.register.Finding;

/**
 * What a returned checklist says: every answer and the fields not found ({@code extraction}), the
 * findings (the reader's and the catalogue's rules), and the catalogue its provisions are titled
 * from, when the pipeline has the checklist's instrument and cycle.
 */
record ChecklistRead(Extraction extraction, List<Finding> findings, Optional<Catalogue> catalogue) {
}
