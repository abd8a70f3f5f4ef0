-- Technical-assistance needs in the State's own words (issue 15, second cycle): each need a State
-- states in its cycle-2 checklist is a report block of its own (kind taNeed, block key
-- <provision id>/taNeed/<n>, its text the need as the State wrote it, category null until the
-- secretariat codes it) and, once the report is final, a tracked item of its own. The State may
-- rate each need high, medium or low: kept here, null when it gave none. A cycle-1 need (a form of
-- assistance ticked, its category a code of the ta-needs list) has no priority.
-- Same SQL subset as V1 (H2 2.x and PostgreSQL 12+).
ALTER TABLE report_block ADD COLUMN priority VARCHAR(10);
ALTER TABLE followup_item ADD COLUMN priority VARCHAR(10);
