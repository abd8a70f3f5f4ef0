package org.irm.intake;

import org.irm.register.RegisterDatabase;
import org.irm.testsupport.PostgresServer;

/** Two instances on one shared mailbox with one PostgreSQL register, the database they share in production. */
class SharedMailboxOnPostgresIT extends SharedMailboxIT {

    @Override
    RegisterDatabase database() {
        return PostgresServer.freshDatabase();
    }
}
