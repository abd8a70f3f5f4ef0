-- Intake (issue 3): what the return desk needs beyond V1's submissions. Same SQL subset as V1
-- (H2 2.x and PostgreSQL 12+).

-- What intake learnt about each submission that V1's columns do not hold: the State, review and
-- part the file was identified as (also for refused files whose identity could be read), the
-- language its answer is worded in, the refusal's code, and the per-State folder it came through.
-- Written in the submission's own transaction, so it is there exactly when the submission is.
CREATE TABLE submission_intake (
    submission_id  BIGINT       NOT NULL PRIMARY KEY REFERENCES submission (id),
    state          VARCHAR(3),
    review_id      VARCHAR(100),
    part           VARCHAR(300),
    language       VARCHAR(2)   NOT NULL,
    reason_code    VARCHAR(50),
    folder_state   VARCHAR(3)
);

-- A submission whose sender has been answered (receipt written, reply handed over). A registered
-- submission without a row here is unfinished work: a crash came between register and answer.
-- The primary key keeps two instances from answering the same submission twice.
CREATE TABLE receipt (
    submission_id  BIGINT        NOT NULL PRIMARY KEY REFERENCES submission (id),
    answered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    files          VARCHAR(10000)
);

CREATE INDEX submission_intake_review ON submission_intake (review_id);
CREATE INDEX focal_point_email ON focal_point (email);
