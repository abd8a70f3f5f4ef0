package org.irm.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the secretariat's sealing key: the configured value, else the key file, which is created
 * with a fresh random key (readable by its owner only) the first time, so the embedded defaults
 * work out of the box while no key ever sits in the repository.
 */
public final class SecretKeys {

    private static final Logger LOG = LoggerFactory.getLogger(SecretKeys.class);
    private static final int MINIMUM_LENGTH = 16;

    private SecretKeys() {
    }

    public static byte[] sealingKey(IrmConfig config) {
        String configured = config.get(Setting.SECRET_KEY);
        if (!configured.isEmpty()) {
            return checked(configured, Setting.SECRET_KEY.key());
        }
        Path file = config.path(Setting.SECRET_FILE);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return checked(Files.readString(file, StandardCharsets.UTF_8).trim(), file.toString());
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read or create the sealing key file " + file + ": " + e.getMessage()
                    + ". Set IRM_SECRET_KEY or irm.secret.file.");
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        Files.writeString(file, HexFormat.of().formatHex(random) + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            LOG.warn("Could not restrict access to {}: protect it by other means", file);
        }
        LOG.info("Created a new sealing key in {}. Checklists sealed with it verify only with this key: keep it safe "
                + "and share it with every pipeline instance.", file);
    }

    private static byte[] checked(String key, String source) {
        if (key.length() < MINIMUM_LENGTH) {
            throw new ConfigurationException("The sealing key from " + source + " is too short: use at least "
                    + MINIMUM_LENGTH + " characters.");
        }
        return key.getBytes(StandardCharsets.UTF_8);
    }
}
