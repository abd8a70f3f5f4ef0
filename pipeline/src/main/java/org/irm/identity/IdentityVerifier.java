package org.irm.identity;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.irm.docx.DocxReading;

/**
 * Reads a returned file's identity from its custom XML part and its custom document properties and
 * checks the seal. Both copies must agree and verify: LibreOffice and Word keep both, so a
 * difference means someone edited one of them by hand.
 */
public final class IdentityVerifier {

    // Shared by every verifier: the desk's handlers each ask the same file (issue 20). A few, as many as files taken at once.
    private static final RecentManifests MANIFESTS = new RecentManifests(4);

    private final IdentitySeal seal;

    public IdentityVerifier(IdentitySeal seal) {
        this.seal = seal;
    }

    public IdentityCheck check(DocxReading reading) {
        Optional<String> part = reading.customXmlParts().stream()
                .filter(xml -> xml.contains(IdentityFormat.NAMESPACE)).findFirst();
        Map<String, String> properties = reading.customProperties();
        boolean hasProperties = properties.keySet().stream().anyMatch(k -> k.startsWith(IdentityFormat.PROPERTY_PREFIX));
        if (part.isEmpty()) {
            return new IdentityCheck(hasProperties ? IdentityStatus.UNREADABLE : IdentityStatus.NONE, null,
                    hasProperties ? "The checklist's identity part is missing: the file was not made from a checklist "
                            + "issued by the secretariat, or it was altered." : "This is not a checklist issued by the secretariat.");
        }
        ChecklistManifest manifest;
        try {
            manifest = MANIFESTS.read(part.get());
        } catch (ManifestXml.BadManifestException e) {
            return new IdentityCheck(IdentityStatus.UNREADABLE, null, "The checklist's identity cannot be read: " + e.getMessage());
        }
        return checkSeal(manifest, properties);
    }

    private IdentityCheck checkSeal(ChecklistManifest manifest, Map<String, String> properties) {
        Map<String, String> sealed = manifest.identity().sealedValues();
        List<String> differences = sealed.entrySet().stream()
                .filter(e -> !Objects.equals(properties.get(IdentityFormat.propertyName(e.getKey())), e.getValue()))
                .map(e -> describe(e.getKey(), properties.get(IdentityFormat.propertyName(e.getKey())), e.getValue()))
                .toList();
        String propertySeal = properties.get(IdentityFormat.propertyName(IdentityFormat.SEAL));
        if (!differences.isEmpty()) {
            return new IdentityCheck(IdentityStatus.BAD_SEAL, manifest,
                    "The checklist's identity was changed: " + String.join("; ", differences) + ".");
        }
        if (!seal.verifies(manifest.identity()) || !Objects.equals(propertySeal, manifest.identity().seal())) {
            return new IdentityCheck(IdentityStatus.BAD_SEAL, manifest,
                    "The checklist's seal does not match its identity: it was altered or issued with another key.");
        }
        return new IdentityCheck(IdentityStatus.VALID, manifest, "");
    }

    private static String describe(String name, String inProperties, String sealedValue) {
        return inProperties == null
                ? "the document property " + IdentityFormat.propertyName(name) + " is missing"
                : "the document property " + IdentityFormat.propertyName(name) + " says '" + inProperties
                        + "' where the sealed identity says '" + sealedValue + "'";
    }
}
