package org.irm.register;

import org.irm.testsupport.PostgresServer;

/** The once-only record of reminders and notifications on PostgreSQL, the register several instances share. */
class NoticesOnPostgresTest extends NoticesTest {

    @Override
    RegisterDatabase database() {
        return PostgresServer.freshDatabase();
    }
}
