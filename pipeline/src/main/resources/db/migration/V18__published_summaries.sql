-- The executive summaries the secretariat published (issue 16, console): a summary draft is shown on the
-- console's public pages, without login, only while a row here names its bytes (sha256 of the draft file).
-- Publishing adds the row, withdrawing deletes it; both are in the event log (summary.published,
-- summary.withdrawn) with who did it. A later draft of the same summary is not public until published itself.
CREATE TABLE published_summary (
    sha256        VARCHAR(64)  PRIMARY KEY,
    review_id     VARCHAR(100) NOT NULL,
    state         VARCHAR(3)   NOT NULL,
    language      VARCHAR(2)   NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by  VARCHAR(100) NOT NULL
);
