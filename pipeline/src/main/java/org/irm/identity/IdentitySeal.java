package org.irm.identity;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and verifies a checklist's identity with HMAC-SHA256 under the secretariat's key, so that
 * a State cannot turn its file into another State's, or another review's, by editing properties.
 */
public final class IdentitySeal {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public IdentitySeal(byte[] secretKey) {
        if (secretKey.length < 16) {
            throw new IllegalArgumentException("The identity key must have at least 16 bytes");
        }
        this.key = new SecretKeySpec(secretKey.clone(), ALGORITHM);
    }

    /** The identity with its seal computed over its sealed values. */
    public ChecklistIdentity seal(ChecklistIdentity identity) {
        return identity.withSeal(compute(identity.sealedValues()));
    }

    /** True when the identity's seal matches its values under this key. */
    public boolean verifies(ChecklistIdentity identity) {
        return identity.seal() != null && verifies(identity.sealedValues(), identity.seal());
    }

    /** True when the seal matches the given values (as read from a file) under this key. */
    public boolean verifies(Map<String, String> sealedValues, String seal) {
        byte[] expected = compute(sealedValues).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, seal.trim().toLowerCase().getBytes(StandardCharsets.US_ASCII));
    }

    /** The seal of the given values under this key (for documents other than checklists, such as report drafts). */
    public String sealOf(Map<String, String> sealedValues) {
        return compute(sealedValues);
    }

    private String compute(Map<String, String> sealedValues) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            // One value per line, named, so that moving text between two values changes the message.
            StringBuilder message = new StringBuilder("irm-identity-v1\n");
            sealedValues.forEach((name, value) -> message.append(name).append('=').append(value).append('\n'));
            return HexFormat.of().formatHex(mac.doFinal(message.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
        }
    }
}
