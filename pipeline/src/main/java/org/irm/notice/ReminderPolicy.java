package org.irm.notice;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irm.config.ConfigurationException;
import org.irm.config.TemplateSource;

/**
 * When reminders go and to whom, as the secretariat sets it in {@code templates/reminders/policy.properties}:
 * per kind of reminder the offsets from its deadline ({@code self-assessment.due = -14d, -3d, +1d, +7d};
 * days {@code d} or weeks {@code w}, minus before the deadline), the recipients
 * ({@code self-assessment.to = focal-points, secretariat}) and, but for follow-up (whose deadlines
 * are the Group's sessions), the review milestone whose date is the deadline
 * ({@code self-assessment.milestone = selfAssessment}). A kind without {@code .due} sends no reminder.
 * A question list of the written dialogue has no deadline: it is reminded of once per period after it was
 * written ({@code question-list.every = 2w}) while its answers are awaited; without {@code .every}, never.
 *
 * <p>On a given day one reminder of a deadline is due per recipient: the one of the latest offset
 * reached, until the next offset is reached, the last one for {@code window} more days. A reminder
 * missed while the pipeline was stopped is not sent late once a later one is due.
 *
 * @param rules      by kind; only kinds that send reminders
 * @param windowDays how many days after its date the last reminder of a deadline is still sent
 */
public record ReminderPolicy(Map<NoticeKind, Rule> rules, int windowDays) {

    /** Where the policy is read from, under the templates. */
    public static final String PATH = "reminders/policy.properties";

    private static final Pattern OFFSET = Pattern.compile("([+-]?)(\\d{1,4})([dw])");

    /**
     * One kind's reminders.
     *
     * @param milestone  the review milestone whose date is the deadline (null for follow-up and question lists)
     * @param offsetDays days from the deadline, ascending (none for question lists)
     * @param everyDays  for question lists, the period: one reminder each {@code everyDays} days after the list
     *                   was written; 0 for the others
     */
    public record Rule(String milestone, List<Integer> offsetDays, Set<Audience> to, int everyDays) {
        public Rule {
            offsetDays = List.copyOf(offsetDays);
            to = Collections.unmodifiableSet(new LinkedHashSet<>(to));
            if (everyDays < 0) {
                throw new IllegalArgumentException("The period of a reminder cannot be negative");
            }
        }

        /** A rule of reminders set from a deadline. */
        public Rule(String milestone, List<Integer> offsetDays, Set<Audience> to) {
            this(milestone, offsetDays, to, 0);
        }

        /**
         * The start of the period whose reminder is due {@code daysSince} days after the list was written (a
         * multiple of {@link #everyDays}: one reminder per period, the current one, never a missed one late), or
         * null before the first period ends.
         */
        public Integer periodStart(long daysSince) {
            if (everyDays == 0 || daysSince < everyDays) {
                return null;
            }
            return (int) (daysSince / everyDays * everyDays);
        }

        /**
         * The offset whose reminder is due {@code daysFromDeadline} days after the deadline (negative:
         * before it), or null when none is.
         */
        public Integer dueOffset(long daysFromDeadline, int windowDays) {
            for (int i = offsetDays.size() - 1; i >= 0; i--) {
                int offset = offsetDays.get(i);
                if (daysFromDeadline >= offset) {
                    long until = i + 1 < offsetDays.size() ? offsetDays.get(i + 1) : (long) offset + windowDays + 1;
                    return daysFromDeadline < until ? offset : null;
                }
            }
            return null;
        }
    }

    public ReminderPolicy {
        Map<NoticeKind, Rule> copy = new EnumMap<>(NoticeKind.class);
        copy.putAll(rules);
        rules = Collections.unmodifiableMap(copy);
        if (windowDays < 0) {
            throw new IllegalArgumentException("The window of the last reminder cannot be negative");
        }
    }

    /** The rule of a kind, or null when the policy sends no reminder of it. */
    public Rule rule(NoticeKind kind) {
        Rule rule = rules.get(kind);
        return rule == null || rule.offsetDays().isEmpty() && rule.everyDays() == 0 ? null : rule;
    }

    /** Reads the policy from the templates (the secretariat's override, else the bundled file). */
    public static ReminderPolicy load(TemplateSource templates) {
        try (TemplateSource.Template source = templates.open(PATH)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(source.stream(), StandardCharsets.UTF_8));
            return parse(properties, source.location());
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read the reminder policy " + PATH + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses a policy.
     *
     * @param where the file's name, for messages
     * @throws ConfigurationException naming the key and what is wrong with it
     */
    public static ReminderPolicy parse(Properties properties, String where) {
        Map<NoticeKind, Rule> rules = new EnumMap<>(NoticeKind.class);
        for (String key : properties.stringPropertyNames()) {
            int dot = key.lastIndexOf('.');
            String kindCode = dot < 0 ? key : key.substring(0, dot);
            if (key.equals("window")) {
                continue;
            }
            NoticeKind kind;
            try {
                kind = NoticeKind.ofCode(kindCode);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(where + ": the key '" + key + "' names no kind of reminder. " + e.getMessage());
            }
            String field = dot < 0 ? "" : key.substring(dot + 1);
            boolean periodic = kind == NoticeKind.QUESTION_LIST;
            if (!kind.reminder() || !(periodic ? List.of("every", "to") : List.of("due", "to", "milestone")).contains(field)) {
                throw new ConfigurationException(where + ": '" + key + "' is not a reminder setting; write "
                        + "<kind>.due, <kind>.to or <kind>.milestone for the kinds self-assessment, reviewer-comments, "
                        + "draft-reply and follow-up, question-list.every and question-list.to, and window");
            }
        }
        String every = properties.getProperty(NoticeKind.QUESTION_LIST.code() + ".every", "");
        if (!every.isBlank()) {
            int days = days(every, where + ": question-list.every");
            if (days <= 0) {
                throw new ConfigurationException(where + ": question-list.every must be a period after the list is "
                        + "written, such as 2w or 10d");
            }
            rules.put(NoticeKind.QUESTION_LIST, new Rule(null, List.of(), recipients(properties, NoticeKind.QUESTION_LIST,
                    where), days));
        }
        for (NoticeKind kind : NoticeKind.values()) {
            String due = properties.getProperty(kind.code() + ".due");
            if (!kind.reminder() || kind == NoticeKind.QUESTION_LIST || due == null || due.isBlank()) {
                continue;
            }
            List<Integer> offsets = new ArrayList<>();
            for (String item : due.split(",")) {
                int days = days(item, where + ": " + kind.code() + ".due");
                if (offsets.contains(days)) {
                    throw new ConfigurationException(where + ": " + kind.code() + ".due names the offset " + item.trim() + " twice");
                }
                offsets.add(days);
            }
            Collections.sort(offsets);
            Set<Audience> to = recipients(properties, kind, where);
            String milestone = properties.getProperty(kind.code() + ".milestone", "").trim();
            if (kind == NoticeKind.FOLLOW_UP) {
                milestone = null;
            } else if (milestone.isEmpty()) {
                throw new ConfigurationException(where + ": " + kind.code() + ".milestone is missing: name the review "
                        + "milestone whose date is the deadline (selfAssessment, deskReview, draftReport, ...)");
            }
            rules.put(kind, new Rule(milestone, offsets, to));
        }
        int window = days(properties.getProperty("window", "7d"), where + ": window");
        if (window < 0) {
            throw new ConfigurationException(where + ": window cannot be negative");
        }
        return new ReminderPolicy(rules, window);
    }

    /** The recipients of a kind's reminders ({@code <kind>.to}), which must name somebody. */
    private static Set<Audience> recipients(Properties properties, NoticeKind kind, String where) {
        Set<Audience> to = new LinkedHashSet<>();
        String toValue = properties.getProperty(kind.code() + ".to", "");
        for (String item : toValue.split(",")) {
            if (!item.isBlank()) {
                try {
                    to.add(Audience.ofCode(item, where + ": " + kind.code() + ".to"));
                } catch (IllegalArgumentException e) {
                    throw new ConfigurationException(e.getMessage());
                }
            }
        }
        String setting = kind == NoticeKind.QUESTION_LIST ? ".every" : ".due";
        if (to.isEmpty()) {
            throw new ConfigurationException(where + ": " + kind.code() + setting + " is set but " + kind.code()
                    + ".to names nobody; write focal-points, reviewers or secretariat");
        }
        if (to.contains(Audience.REVIEWERS) && kind != NoticeKind.REVIEWER_COMMENTS) {
            throw new ConfigurationException(where + ": " + kind.code() + ".to names reviewers, who are reminded only "
                    + "of their own comments (reviewer-comments.to)");
        }
        return to;
    }

    private static int days(String text, String where) {
        Matcher matcher = OFFSET.matcher(text.trim());
        if (!matcher.matches()) {
            throw new ConfigurationException(where + ": '" + text.trim() + "' is not an offset; write days or weeks "
                    + "from the deadline such as -14d, +1d or -2w");
        }
        int amount = Integer.parseInt(matcher.group(2)) * (matcher.group(3).equals("w") ? 7 : 1);
        return matcher.group(1).equals("-") ? -amount : amount;
    }
}
