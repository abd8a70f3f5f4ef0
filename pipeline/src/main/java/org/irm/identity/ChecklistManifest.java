package org.irm.identity;

import java.util.List;
import java.util.Optional;
import org.irm.catalogue.FieldId;

/**
 * Everything a checklist says about itself in its custom XML part: its identity and its field map.
 */
public record ChecklistManifest(ChecklistIdentity identity, List<FieldMapEntry> fields) {
    public ChecklistManifest {
        fields = List.copyOf(fields);
    }

    public Optional<FieldMapEntry> byBookmark(String bookmark) {
        return fields.stream().filter(f -> f.bookmark().equals(bookmark)).findFirst();
    }

    public Optional<FieldMapEntry> byField(FieldId field) {
        return fields.stream().filter(f -> f.field().equals(field)).findFirst();
    }
}
