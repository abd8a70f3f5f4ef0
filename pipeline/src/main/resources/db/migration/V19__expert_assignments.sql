-- Assignments and priorities (issue 18, point 1). Same SQL subset as V1 (H2 2.x and PostgreSQL 12+).

-- Which expert of a reviewing State reviews which article of a review: the expert's review copy
-- holds only these articles. One expert per article and reviewing State (the key): two experts of
-- one reviewing State never share an article. email is an expert of review_expert for that review
-- and State (stored in lower case).
CREATE TABLE review_assignment (
    review_id        VARCHAR(100)  NOT NULL,
    reviewing_state  VARCHAR(20)   NOT NULL,
    article          INTEGER       NOT NULL,
    email            VARCHAR(320)  NOT NULL,
    assigned_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    assigned_by      VARCHAR(320)  NOT NULL,
    PRIMARY KEY (review_id, reviewing_state, article)
);
CREATE INDEX review_assignment_expert ON review_assignment (review_id, email);

-- The secretariat's own priority of a provision of a review (irm review priority): it wins over the
-- template's rule (templates/review/priority.properties). level is one of the template's levels.
CREATE TABLE review_priority (
    review_id     VARCHAR(100)  NOT NULL,
    provision_id  VARCHAR(200)  NOT NULL,
    level         VARCHAR(50)   NOT NULL,
    set_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    set_by        VARCHAR(320)  NOT NULL,
    PRIMARY KEY (review_id, provision_id)
);

-- A returned copy of one expert (null: a reviewing State's or the secretariat's whole copy); each
-- expert's latest copy counts, beside their State's other experts'. articles: the articles sealed in
-- an expert's copy (those it was written with), comma-separated ('' for a whole copy). unassigned: the
-- articles the copy carried that were not assigned to its expert when it came in ('' when none).
ALTER TABLE review_copy ADD COLUMN expert VARCHAR(320);
ALTER TABLE review_copy ADD COLUMN articles VARCHAR(2000) DEFAULT '' NOT NULL;
ALTER TABLE review_copy ADD COLUMN unassigned VARCHAR(2000) DEFAULT '' NOT NULL;
CREATE INDEX review_copy_expert ON review_copy (review_id, reviewing_state, expert);
