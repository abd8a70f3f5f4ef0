package org.irm.config;

/** A setting is missing, unreadable or invalid; the message says which and what to do. */
public class ConfigurationException extends RuntimeException {
    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
