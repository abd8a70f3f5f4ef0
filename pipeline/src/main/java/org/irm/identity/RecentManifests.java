package org.irm.identity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The checklist manifests read last, by the text of their custom XML part. The desk asks a returned
 * file for its identity once for each kind of return it takes before one handler takes it, five
 * times for a State's checklist, and every version of a State's checklist carries the same part
 * (220 KB for the full checklist): parsing it each time was an eighth of the intake's work (issue
 * 20). A manifest is immutable, so one read is shared by every thread that asks.
 *
 * <p>Bounded: a few manifests, about as many as files are taken at the same time, the least
 * recently asked for leaving first. A damaged part is never kept: it fails again, with the same message.
 */
final class RecentManifests {

    private final Map<String, ChecklistManifest> manifests;

    /** @param capacity how many manifests are kept at most */
    RecentManifests(int capacity) {
        this.manifests = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ChecklistManifest> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The manifest this part holds: the one read before when the same text was read lately, else read now. */
    ChecklistManifest read(String part) throws ManifestXml.BadManifestException {
        synchronized (manifests) {
            ChecklistManifest known = manifests.get(part);
            if (known != null) {
                return known;
            }
        }
        // Read outside the lock: the other workers go on; two threads reading the same new part at once both parse it.
        ChecklistManifest read = ManifestXml.read(part);
        synchronized (manifests) {
            manifests.put(part, read);
        }
        return read;
    }
}
