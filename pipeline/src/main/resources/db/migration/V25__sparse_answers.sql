-- Sparse answer storage (issue 20): a return stores a row only for a field that says something (not
-- blank, not an unticked box), that still carries tracked changes, or that the previous version of the
-- same checklist answered and this one clears (a cleared field recorded as cleared). The empty fields,
-- two thirds of a full checklist's 2,883 rows, are no longer written.
-- carried_provisions: the provisions the returned file carried, space-separated. A field of one of
-- them without a row was left blank in that return. Null for the returns registered before this
-- migration: those stored every field, blank ones included, so their rows alone tell what they carried
-- and they read as before without being rewritten.
ALTER TABLE submission ADD COLUMN carried_provisions VARCHAR(1000000);
