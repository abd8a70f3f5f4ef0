package org.irm.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.config.Setting;
import org.irm.contributors.ContributorForms;
import org.irm.contributors.ContributorKind;
import org.irm.register.Contributor;
import org.irm.register.ContributorCount;
import org.irm.register.ContributorForm;
import org.irm.register.Contributors;
import org.irm.register.Register;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code irm contributors}: a State's optional contributors' section (academia, private sector, civil society). */
@Command(name = "contributors", mixinStandardHelpOptions = true,
        header = "Invite academia, the private sector and civil society to add input to a State's self-assessment.",
        subcommands = {ContributorsCommand.Invite.class, ContributorsCommand.ListContributors.class,
                ContributorsCommand.Withdraw.class, ContributorsCommand.Counts.class})
public final class ContributorsCommand extends CommandGroup {

    /** {@code irm contributors invite}. */
    @Command(name = "invite", mixinStandardHelpOptions = true,
            header = "Register a contributor of a State and write its sealed form.",
            description = {
                "Writes a sealed Word form with the provisions the State chose into watch-folders/outbox/<ISO3>/contributors/",
                "(send it to the contributor). The State's answers are shown read-only on the provisions named by",
                "--show-answers; the input on those named by --share-with-reviewers is listed in reviewers' copies.",
                "The filled form comes back by e-mail from the contributor's address, or in the State's folder; its",
                "input is registered apart from the State's answers. Inviting an address again issues a new form."
            })
    static final class Invite implements Callable<Integer> {

        @Option(names = "--state", required = true, paramLabel = "ISO3", converter = Iso3Code.class,
                description = "The State that invites (ISO 3166 alpha-3).")
        String state;

        @Option(names = "--email", required = true, paramLabel = "ADDRESS", description = "The contributor's e-mail address (its returns must come from it).")
        String email;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The person who contributes (named on the form and in the register).")
        String name;

        @Option(names = "--organisation", required = true, paramLabel = "NAME", description = "The organisation the input is attributed to.")
        String organisation;

        @Option(names = "--kind", required = true, paramLabel = "KIND", description = "civil-society, academia or private-sector.")
        String kind;

        @Option(names = "--provisions", required = true, split = ",", paramLabel = "PROVISION",
                description = "The provisions asked about: articles (9), paragraphs (9.1), provisions (9.1.a), or all.")
        List<String> provisions;

        @Option(names = "--show-answers", split = ",", paramLabel = "PROVISION",
                description = "Where the form shows the State's answers read-only (among --provisions; all). Default: nowhere.")
        List<String> showAnswers = new ArrayList<>();

        @Option(names = "--share-with-reviewers", split = ",", paramLabel = "PROVISION",
                description = "Whose input reviewers see in their copy (among --provisions; all). Default: none.")
        List<String> share = new ArrayList<>();

        @Option(names = "--language", paramLabel = "LANG", description = "The form's language: ar, en, es, fr, ru or zh (default: the review's).")
        String language;

        @Option(names = "--review", paramLabel = "ID", description = "The review (default: the State's latest of the catalogue's cycle).")
        String review;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            ContributorKind contributorKind = ContributorKind.ofCode(kind).orElseThrow(() -> new UserInputException("--kind '"
                    + kind + "' is none of civil-society, academia, private-sector."));
            Language formLanguage;
            try {
                formLanguage = language == null ? null : Language.of(language);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--language: " + e.getMessage());
            }
            IrmConfig config = configOptions.config();
            try (Register register = Register.open(config)) {
                ContributorForms.Issued issued;
                try {
                    issued = ContributorForms.from(config, register, config.clock()).invite(new ContributorForms.Invitation(
                            state, email, name, organisation, contributorKind, provisions, showAnswers, share, formLanguage,
                            review), config.path(Setting.WATCH_ROOT).resolve("outbox"),
                            System.getProperty("user.name", "secretariat"));
                } catch (IllegalArgumentException e) {
                    throw new UserInputException(e.getMessage());
                }
                ContributorForm form = issued.form();
                spec.commandLine().getOut().printf("Wrote %s: form %s for %s (%s, %s) of %s, review %s: %d provisions, the"
                                + " State's answers shown on %d, shared with reviewers on %d%n", issued.file(), form.id(),
                        issued.contributor().email(), issued.contributor().organisation(), issued.contributor().kind(),
                        issued.contributor().state(), form.reviewId(), form.provisions().size(), form.answersShown().size(),
                        form.reviewersShown().size());
            }
            return 0;
        }
    }

    /** {@code irm contributors list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, header = "List the contributors, their forms and returns.")
    static final class ListContributors implements Callable<Integer> {

        @Option(names = "--state", paramLabel = "ISO3", converter = Iso3Code.class,
                description = "Only this State's contributors.")
        String state;

        @Mixin
        JsonOption output;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (Register register = Register.open(configOptions.config())) {
                Contributors contributors = new Contributors(register);
                List<Map<String, Object>> listed = new ArrayList<>();
                for (Contributor contributor : contributors.list(state)) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("state", contributor.state());
                    row.put("email", contributor.email());
                    row.put("name", contributor.name());
                    row.put("organisation", contributor.organisation());
                    row.put("kind", contributor.kind());
                    row.put("language", contributor.language().code());
                    row.put("invitedAt", contributor.invitedAt().toString());
                    row.put("withdrawnAt", contributor.withdrawnAt() == null ? null : contributor.withdrawnAt().toString());
                    List<Map<String, Object>> forms = new ArrayList<>();
                    for (ContributorForm form : contributors.formsOf(contributor.id())) {
                        Map<String, Object> f = new LinkedHashMap<>();
                        f.put("form", form.id());
                        f.put("reviewId", form.reviewId());
                        f.put("file", form.fileName());
                        f.put("provisions", form.provisions());
                        f.put("answersShown", form.answersShown());
                        f.put("sharedWithReviewers", form.reviewersShown());
                        f.put("returns", contributors.history(form.id()).stream().mapToInt(i -> i.version()).distinct().count());
                        forms.add(f);
                    }
                    row.put("forms", forms);
                    listed.add(row);
                }
                if (output.json()) {
                    out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(Map.of("contributors", listed)));
                    return 0;
                }
                for (Map<String, Object> row : listed) {
                    out.printf("%s  %-36s %-14s %s%s%n", row.get("state"), row.get("email"), row.get("kind"), row.get("organisation"),
                            row.get("withdrawnAt") == null ? "" : "  (withdrawn " + row.get("withdrawnAt") + ")");
                    for (Object f : (List<?>) row.get("forms")) {
                        Map<?, ?> form = (Map<?, ?>) f;
                        out.printf("      form %s (%s): %d provisions, %d returns%n", form.get("form"), form.get("file"),
                                ((List<?>) form.get("provisions")).size(), (Long) form.get("returns"));
                    }
                }
                if (listed.isEmpty()) {
                    out.println("No contributors invited" + (state == null ? "." : " by " + state + "."));
                }
            }
            return 0;
        }
    }

    /** {@code irm contributors withdraw}. */
    @Command(name = "withdraw", mixinStandardHelpOptions = true,
            header = "Withdraw a State's invitation of a contributor: its forms are refused, its input no longer shown to reviewers.")
    static final class Withdraw implements Callable<Integer> {

        @Option(names = "--state", required = true, paramLabel = "ISO3", converter = Iso3Code.class,
                description = "The State that invited.")
        String state;

        @Option(names = "--email", required = true, paramLabel = "ADDRESS", description = "The contributor's address.")
        String email;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            IrmConfig config = configOptions.config();
            try (Register register = Register.open(config)) {
                Contributor withdrawn = new Contributors(register).withdraw(state, email,
                        System.getProperty("user.name", "secretariat"), config.clock().instant())
                        .orElseThrow(() -> new UserInputException(email + " is not a contributor of " + state
                                + " (irm contributors list --state " + state + ")."));
                spec.commandLine().getOut().printf("Withdrew the invitation of %s (%s) by %s; its input stays in the register%n",
                        withdrawn.email(), withdrawn.organisation(), withdrawn.state());
            }
            return 0;
        }
    }

    /** {@code irm contributors counts}. */
    @Command(name = "counts", mixinStandardHelpOptions = true,
            header = "Count contributors' input per State, kind and provision (for the analyses).")
    static final class Counts implements Callable<Integer> {

        @Option(names = "--state", paramLabel = "ISO3", converter = Iso3Code.class, description = "Only this State.")
        String state;

        @Mixin
        JsonOption output;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (Register register = Register.open(configOptions.config())) {
                List<ContributorCount> counts = new Contributors(register).counts().stream()
                        .filter(c -> state == null || c.state().equalsIgnoreCase(state)).toList();
                if (output.json()) {
                    List<Map<String, Object>> rows = counts.stream().map(c -> {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("state", c.state());
                        row.put("kind", c.kind());
                        row.put("provision", c.provisionId());
                        row.put("contributors", c.contributors());
                        return row;
                    }).toList();
                    out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(Map.of("counts", rows)));
                    return 0;
                }
                counts.forEach(c -> out.printf("%s  %-14s %-24s %d%n", c.state(), c.kind(), c.provisionId(), c.contributors()));
                if (counts.isEmpty()) {
                    out.println("No contributor's input registered" + (state == null ? "." : " for " + state + "."));
                }
            }
            return 0;
        }
    }
}
