-- Files held for the secretariat (issue 12): a file that made the desk fail on its own account
-- (the reader or the answer's writer threw) is answered all the same (the sender is told the
-- secretariat will look at it), copied to rejected/ with its reason, and held here: held_reason
-- says what failed. Null for every answer given normally; set back to null when the same bytes,
-- taken again once the cause is fixed, are answered normally.
ALTER TABLE receipt ADD COLUMN held_reason VARCHAR(2000);
