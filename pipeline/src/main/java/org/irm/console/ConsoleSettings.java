package org.irm.console;

import org.irm.config.IrmConfig;
import org.irm.config.Setting;

/**
 * How {@code irm serve} runs, from the usual settings ({@code irm.console.*}).
 *
 * @param port            0: any free port
 * @param secureCookies   the session cookie is sent over HTTPS only
 * @param loginsPerMinute login attempts accepted per minute from one address
 * @param publicCalendar  the calendar of country visits is published without login
 */
public record ConsoleSettings(String host, int port, boolean secureCookies, int sessionMinutes, int loginsPerMinute,
                              boolean publicCalendar) {

    public static ConsoleSettings from(IrmConfig config) {
        return new ConsoleSettings(config.get(Setting.CONSOLE_HOST), config.getInt(Setting.CONSOLE_PORT),
                Boolean.parseBoolean(config.get(Setting.CONSOLE_SECURE_COOKIES)), config.getInt(Setting.CONSOLE_SESSION_MINUTES),
                config.getInt(Setting.CONSOLE_LOGIN_PER_MINUTE),
                Boolean.parseBoolean(config.get(Setting.CONSOLE_PUBLIC_CALENDAR)));
    }
}
