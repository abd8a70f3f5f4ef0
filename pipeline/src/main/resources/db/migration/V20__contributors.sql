-- Contributors (issue 18, point 2): representatives of academia, the private sector and civil
-- society a State invites to add their input to some provisions of its self-assessment. Same SQL
-- subset as V1 (H2 2.x and PostgreSQL 12+). Their input is kept apart from the State's answers:
-- a contributor's form is a submission of its own form id (never a checklist's), and its text per
-- provision lives in contributor_input, never in answer.

-- One invited contributor of a State, by address. withdrawn_at set: its forms are refused, and its
-- input no longer shown to reviewers (it stays in the register).
CREATE TABLE contributor (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    state         VARCHAR(3)   NOT NULL REFERENCES state (iso3),
    email         VARCHAR(320) NOT NULL,
    name          VARCHAR(200) NOT NULL,
    organisation  VARCHAR(300) NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    language      VARCHAR(2)   NOT NULL,
    invited_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at  TIMESTAMP WITH TIME ZONE,
    CHECK (kind IN ('civil-society', 'academia', 'private-sector')),
    UNIQUE (state, email)
);

-- A sealed form issued to a contributor (its id is the form's sealed id, submission.checklist_id of
-- its returns). Provision ids one per line: those asked, those showing the State's answers read-only,
-- those whose input the State agreed to show to reviewers.
CREATE TABLE contributor_form (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    contributor_id   VARCHAR(36)  NOT NULL REFERENCES contributor (id),
    review_id        VARCHAR(100) NOT NULL,
    provisions       VARCHAR(100000) NOT NULL,
    answers_shown    VARCHAR(100000) NOT NULL,
    reviewers_shown  VARCHAR(100000) NOT NULL,
    language         VARCHAR(2)   NOT NULL,
    file_name        VARCHAR(500) NOT NULL,
    issued_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A contributor's text on one provision, per accepted return (submission): a later return of the
-- same form supersedes an earlier one, which is kept.
CREATE TABLE contributor_input (
    submission_id  BIGINT        NOT NULL REFERENCES submission (id),
    form_id        VARCHAR(36)   NOT NULL REFERENCES contributor_form (id),
    provision_id   VARCHAR(200)  NOT NULL,
    input_text     VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (submission_id, provision_id)
);

CREATE INDEX contributor_email ON contributor (email);
CREATE INDEX contributor_form_contributor ON contributor_form (contributor_id);
CREATE INDEX contributor_input_form ON contributor_input (form_id);
