-- The console's users (issue 16, irm users): who may log in to irm serve, in which role, for which State.
-- role: secretariat (everything), focal-point (its State only), expert (the reviews where its State is drawn).
-- password_hash: Argon2id in its PHC string form (salt and parameters inside), never the password.
-- failed_logins counts wrong passwords in a row; the tenth locks the account (locked_at) until irm users enable.
-- language: the console's language the user last chose (ar, en, es, fr, ru, zh).
CREATE TABLE console_user (
    login          VARCHAR(100) PRIMARY KEY,
    role           VARCHAR(20)  NOT NULL,
    state          VARCHAR(3),
    password_hash  VARCHAR(500) NOT NULL,
    language       VARCHAR(2)   NOT NULL,
    disabled       BOOLEAN      NOT NULL,
    failed_logins  INTEGER      NOT NULL,
    locked_at      TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (role IN ('secretariat', 'focal-point', 'expert')),
    CHECK ((role = 'secretariat' AND state IS NULL) OR (role <> 'secretariat' AND state IS NOT NULL))
);
