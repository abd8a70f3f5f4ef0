package org.irm.intake;

import org.irm.register.RegisterDatabase;
import org.irm.testsupport.PostgresServer;

/** Two instances on one shared inbox with one PostgreSQL register, the database they share in production. */
class SharedInboxOnPostgresTest extends SharedInboxTest {

    @Override
    RegisterDatabase database() {
        return PostgresServer.freshDatabase();
    }
}
