-- Experts' shares may name one instrument's article (issue 19: irm review assign --articles tip:5). Same SQL
-- subset as V1 (H2 2.x and PostgreSQL 12+).

-- article was the article's number (V19), every instrument's article of that number. It now holds the
-- article as the secretariat names it: '5' (every instrument's article 5, as before: an existing row's
-- number reads the same) or 'tip:5' (that instrument's alone). review_copy.articles and .unassigned
-- already keep them as text (comma-separated).
ALTER TABLE review_assignment ALTER COLUMN article SET DATA TYPE VARCHAR(40);
