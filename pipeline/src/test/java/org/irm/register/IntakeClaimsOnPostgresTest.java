package org.irm.register;

import org.irm.testsupport.PostgresServer;

/** The claims of several pipeline instances on one PostgreSQL register, the database they share in production. */
class IntakeClaimsOnPostgresTest extends IntakeClaimsTest {

    @Override
    RegisterDatabase database() {
        return PostgresServer.freshDatabase();
    }
}
