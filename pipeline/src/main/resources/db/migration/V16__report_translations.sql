-- Translations of report blocks (issue 17, irm translate): what a translator wrote for a block in
-- one of the six languages, taken back from an XLIFF file. Same SQL subset as V1 (H2 2.x and
-- PostgreSQL 12+).
--
-- One row per block, target language and version: an import adds a version, never updates or
-- deletes one (the latest is shown). source_sha256 is the sha256 of the source text the translator
-- translated (its paragraphs, one per line): when the block's source text changes, its digest no
-- longer matches and the drafts mark the translation stale.
CREATE TABLE report_translation (
    review_id        VARCHAR(100)     NOT NULL,
    block_key        VARCHAR(300)     NOT NULL,
    target_language  VARCHAR(2)       NOT NULL,
    version          INTEGER          NOT NULL,
    source_language  VARCHAR(2)       NOT NULL,
    source_sha256    VARCHAR(64)      NOT NULL,
    translated_text  VARCHAR(1000000) NOT NULL,
    translator       VARCHAR(320)     NOT NULL,
    file_name        VARCHAR(500)     NOT NULL,
    file_sha256      VARCHAR(64)      NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (review_id, block_key, target_language, version),
    FOREIGN KEY (review_id, block_key) REFERENCES report_block (review_id, block_key)
);
