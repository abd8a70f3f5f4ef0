package org.irm.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.irm.config.IrmConfig;
import org.irm.dialogue.DialogueDesk;
import org.irm.mail.SmtpSender;
import org.irm.mail.SmtpSettings;
import org.irm.register.DialogueAnswer;
import org.irm.register.DialogueQuestion;
import org.irm.register.Register;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code irm dialogue}: the written dialogue between a State, its reviewers and the secretariat (issue 18). */
@Command(name = "dialogue", mixinStandardHelpOptions = true,
        header = "Ask a State questions per provision, send them in a sealed Word list, follow the answers.",
        description = {
            "The written dialogue of a review, kept in the register instead of e-mail: 'ask' records a question on a",
            "provision (from a reviewing State or the secretariat); 'send' writes the State's sealed question list of",
            "every open question (.docx, one field per answer) and, with --mail, e-mails it to the focal points; the",
            "State returns it like a checklist (shared folder, e-mail, irm ingest) and each answer is attached to its",
            "provision; 'list' shows each provision's thread. Comments beginning 'Q:' in a returned review copy are",
            "questions too."
        },
        subcommands = {DialogueCommand.Ask.class, DialogueCommand.Send.class, DialogueCommand.ListThreads.class})
public final class DialogueCommand extends CommandGroup {

    /** {@code irm dialogue ask}. */
    @Command(name = "ask", mixinStandardHelpOptions = true, header = "Record a question to a State on one provision.",
            description = {"On the State's latest review. The question waits in the register until 'irm dialogue send'",
                "puts it in the State's question list; a second question on the same provision continues its thread."})
    static final class Ask implements Callable<Integer> {

        @Mixin
        StateOption state;

        @Option(names = "--provision", required = true, paramLabel = "ID", description = "The provision, e.g. 9.1.a or uncac.9.1.a.")
        String provision;

        @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The question.")
        String text;

        @Option(names = "--from", paramLabel = "ISO3|secretariat",
                description = "Who asks: a reviewing State of the review (ISO3) or secretariat (the default).")
        String from;

        @Option(names = "--language", paramLabel = "LANG",
                description = "The question's language: ar, en, es, fr, ru or zh (default: the review's language).")
        String language;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            IrmConfig config = configOptions.config();
            try (Register register = Register.open(config)) {
                DialogueQuestion asked;
                try {
                    asked = DialogueDesk.from(config, register, config.clock()).ask(new DialogueDesk.Ask(state.iso3(), provision,
                            text, from, language == null ? null : FollowupCommand.languageOf(language),
                            System.getProperty("user.name", "secretariat")));
                } catch (IllegalArgumentException e) {
                    throw new UserInputException(e.getMessage());
                }
                spec.commandLine().getOut().printf("Question %d recorded on %s for %s (%s), asked by %s. Send the open"
                        + " questions with irm dialogue send --state %s%n", asked.id(), asked.provisionId(), asked.state(),
                        asked.reviewId(), asked.askedBy(), asked.state());
            }
            return 0;
        }
    }

    /** {@code irm dialogue send}. */
    @Command(name = "send", mixinStandardHelpOptions = true,
            header = "Write the State's sealed question list of every open question (.docx); --mail e-mails it.",
            description = {"Written into watch-folders/outbox/<ISO3>/ (or --out); an earlier file is never overwritten.",
                "Only the State it is sealed for can return it; a question left unanswered stays open for the next list."})
    static final class Send implements Callable<Integer> {

        @Mixin
        StateOption state;

        @Option(names = "--language", paramLabel = "LANG", description = "ar, en, es, fr, ru or zh (default: the review's language).")
        String language;

        @Option(names = "--mail", description = "E-mail the list to the State's registered focal points (SMTP settings).")
        boolean mail;

        @Mixin
        OutboxFolder outbox;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            IrmConfig config = configOptions.config();
            String iso3 = state.iso3();
            // Checked before anything is written: a list written but not sent would wait unnoticed.
            SmtpSender smtp = mail ? new SmtpSender(SmtpSettings.from(config).required("irm dialogue send --mail")) : null;
            String actor = System.getProperty("user.name", "secretariat");
            try (Register register = Register.open(config)) {
                DialogueDesk desk = DialogueDesk.from(config, register, config.clock());
                DialogueDesk.Written written;
                try {
                    written = desk.send(iso3, language == null ? null : FollowupCommand.languageOf(language),
                            outbox.forState(config, iso3), actor);
                } catch (IllegalArgumentException e) {
                    throw new UserInputException(e.getMessage());
                }
                PrintWriter out = spec.commandLine().getOut();
                out.printf("Wrote %s: %d open questions for %s%n", written.file(), written.questions().size(), iso3);
                if (smtp != null) {
                    try {
                        out.printf("Mailed to %s%n", String.join(", ", desk.mail(written, smtp, actor)));
                    } catch (IllegalArgumentException e) {
                        throw new UserInputException(e.getMessage());
                    }
                }
            }
            return 0;
        }
    }

    /** {@code irm dialogue list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, header = "Show a State's questions and answers, provision by provision.")
    static final class ListThreads implements Callable<Integer> {

        @Mixin
        StateOption state;

        @Option(names = "--open", description = "Only the questions not answered yet.")
        boolean openOnly;

        @Mixin
        JsonOption output;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            IrmConfig config = configOptions.config();
            try (Register register = Register.open(config)) {
                List<DialogueQuestion> questions;
                try {
                    questions = DialogueDesk.from(config, register, config.clock()).questions(state.iso3());
                } catch (IllegalArgumentException e) {
                    throw new UserInputException(e.getMessage());
                }
                if (openOnly) {
                    questions = questions.stream().filter(DialogueQuestion::open).toList();
                }
                PrintWriter out = spec.commandLine().getOut();
                if (output.json()) {
                    Map<String, Object> report = new LinkedHashMap<>();
                    report.put("state", state.iso3());
                    report.put("questions", questions.stream().map(ListThreads::json).toList());
                    out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
                    return 0;
                }
                if (questions.isEmpty()) {
                    out.println("No question" + (openOnly ? " open" : "") + ".");
                }
                DialogueDesk.threads(questions).forEach((provision, thread) -> {
                    out.println(provision);
                    for (DialogueQuestion q : thread) {
                        out.printf("  #%d %s, %s, %s (%s): %s%n", q.id(), q.askedBy(), q.askedAt(), q.status(), q.source(),
                                oneLine(q.text()));
                        for (DialogueAnswer a : q.answers()) {
                            out.printf("     answer %s by %s (%s): %s%n", a.receivedAt(), a.answeredBy(), a.originalName(),
                                    oneLine(a.text()));
                        }
                    }
                });
            }
            return 0;
        }

        private static Map<String, Object> json(DialogueQuestion q) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", q.id());
            map.put("reviewId", q.reviewId());
            map.put("provision", q.provisionId());
            map.put("askedBy", q.askedBy());
            map.put("author", q.author());
            map.put("language", q.language());
            map.put("text", q.text());
            map.put("source", q.source());
            map.put("askedAt", q.askedAt().toString());
            map.put("status", q.status());
            map.put("lists", q.sentIn());
            List<Map<String, Object>> answers = new ArrayList<>();
            for (DialogueAnswer a : q.answers()) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("text", a.text());
                answer.put("answeredBy", a.answeredBy());
                answer.put("receivedAt", a.receivedAt().toString());
                answer.put("file", a.originalName());
                answer.put("sha256", a.sha256());
                answer.put("current", a == q.answers().get(q.answers().size() - 1));
                answers.add(answer);
            }
            map.put("answers", answers);
            return map;
        }

        private static String oneLine(String text) {
            String line = text.strip().replace('\n', ' ').replace('\r', ' ');
            return line.length() > 100 ? line.substring(0, 97) + "..." : line;
        }
    }
}
