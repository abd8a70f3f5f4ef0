package org.irm.submission;

import java.nio.file.Path;
import java.util.function.Function;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.StateList;
import org.irm.config.ConfigurationException;
import org.irm.config.IrmConfig;
import org.irm.config.SecretKeys;
import org.irm.config.Setting;
import org.irm.identity.IdentitySeal;
import org.irm.identity.IdentityVerifier;
import org.irm.mail.MailQueue;
import org.irm.register.IntakeRegister;
import org.irm.register.Register;

/**
 * What every handler of the return desk stands on, made once from the configured templates, key,
 * register and watch folders: the States list, the seal's verifier, the outbox root where
 * receipts go, the register where a return is marked answered (and found unanswered after a
 * crash), and the queue where the reply to an e-mailed file is posted before it counts as answered
 * ({@code irm run} sends it from there).
 */
public record DeskGround(StateList states, IdentityVerifier verifier, Path outbox, IntakeRegister intake,
                         ReplyPost replies) {

    /** From the settings, over the register. */
    public static DeskGround from(IrmConfig config, Register register) {
        StateList states;
        try {
            states = StateList.load(config.templates());
        } catch (CatalogueException e) {
            throw new ConfigurationException("The templates cannot be used: " + e.getMessage());
        }
        Path root = config.path(Setting.WATCH_ROOT);
        return new DeskGround(states, new IdentityVerifier(new IdentitySeal(SecretKeys.sealingKey(config))),
                root.resolve("outbox"), new IntakeRegister(register),
                new MailedReplies(MailQueue.under(root), config.get(Setting.MAIL_FROM)));
    }

    /** A State's name as answers name it, "Kenya (KEN)"; the code alone for one the list lacks. */
    public Function<String, String> stateNames() {
        return iso3 -> states.find(iso3).map(s -> s.name() + " (" + iso3 + ")").orElse(iso3);
    }
}
