-- Reviews in full: which draw created a review (and in which review year), what each reviewing
-- State reviews (UNTOC: the Convention and each Protocol), the order reviewers are listed in,
-- and the deadlines of each review by milestone. Same portable SQL as V1 (H2 2.x, PostgreSQL 12+).

-- The year the review was drawn for and the draw that created it (null for a review registered
-- by hand): the draw's name (lots-<mechanism>-c<cycle>-<year>) and the SHA-256 of its record.
ALTER TABLE review ADD COLUMN review_year INTEGER;
ALTER TABLE review ADD COLUMN draw_name VARCHAR(100);
ALTER TABLE review ADD COLUMN draw_record_sha256 VARCHAR(64);

-- instruments: the instruments this State reviews, comma-separated, in the mechanism's order.
-- additional: drawn because a first reviewer is not party to one of the instruments.
ALTER TABLE review_reviewer ADD COLUMN instruments VARCHAR(300) DEFAULT '' NOT NULL;
ALTER TABLE review_reviewer ADD COLUMN additional BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE review_reviewer ADD COLUMN listed_order INTEGER DEFAULT 0 NOT NULL;

CREATE TABLE review_deadline (
    review_id  VARCHAR(100) NOT NULL REFERENCES review (id),
    milestone  VARCHAR(100) NOT NULL,
    due        DATE         NOT NULL,
    PRIMARY KEY (review_id, milestone)
);

CREATE INDEX review_state_under_review ON review (state_under_review);
CREATE INDEX review_draw ON review (instrument, review_cycle, review_year);
CREATE INDEX review_reviewer_state ON review_reviewer (reviewing_state);
