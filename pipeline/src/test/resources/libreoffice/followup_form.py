"""Fills a follow-up form in real LibreOffice (headless, through UNO) as a State's editor would, then saves it
as .docx ("MS Word 2007 XML").

Usage: python3 followup_form.py PROFILE_DIR JOB.json
JOB.json is {"in": IN.docx, "out": OUT.docx, "edits": [...], "tables": [...]}:
  edits   content-control edits, as content_controls.py applies them ({"bookmark": NAME, "choose"|"type": TEXT}),
          or {"bookmark": NAME, "fill": TEXT}: a long-text field, which LibreOffice shows as a placeholder field
          inside the bookmark (it keeps no block-level control): the placeholder is clicked and typed over
  tables  {"bookmark": NAME, "rows": [[STEP, AGENCY, TARGET, STATUS], ...]}: the table the bookmark starts in gets
          the rows written after its header, rows inserted below the last one (Table > Insert > Rows Below) where
          it has too few
Exit 0 when saved; otherwise a message on stderr. Needs Debian's python3-uno.
"""
import json
import os
import sys

import uno

from content_controls import apply, controls_by_bookmark
from uno_office import office, prop


def fill_placeholder(doc, bookmark, text):
    """Types over the placeholder field that follows the bookmark's start, as a user clicking it and typing does."""
    for paragraph in doc.getText().createEnumeration():
        if not paragraph.supportsService("com.sun.star.text.Paragraph"):
            continue
        started = False
        for portion in paragraph.createEnumeration():
            kind = portion.getPropertyValue("TextPortionType")
            if kind == "Bookmark" and portion.getPropertyValue("IsStart") \
                    and portion.getPropertyValue("Bookmark").getName() == bookmark:
                started = True
            elif started and kind == "TextField":
                cursor = portion.getText().createTextCursorByRange(portion)
                cursor.setString(text)
                return
    raise SystemExit("No placeholder field under bookmark " + bookmark)


def fill_table(doc, bookmark, rows):
    marks = doc.getBookmarks()
    if not marks.hasByName(bookmark):
        raise SystemExit("No bookmark " + bookmark)
    table = marks.getByName(bookmark).getAnchor().getPropertyValue("TextTable")
    if table is None:
        raise SystemExit("The bookmark %s is not in a table" % bookmark)
    missing = len(rows) + 1 - table.getRows().getCount()
    if missing > 0:
        table.getRows().insertByIndex(table.getRows().getCount(), missing)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.getCellByPosition(c, r + 1).setString(text)


def main():
    profile, job_file = sys.argv[1:3]
    with open(job_file, encoding="utf-8") as f:
        job = json.load(f)
    with office(profile) as context:
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(job["in"])), "_blank", 0,
                                           (prop("Hidden", True),))
        if doc is None:
            raise SystemExit("LibreOffice could not open " + job["in"])
        controls = controls_by_bookmark(doc, {edit["bookmark"] for edit in job["edits"] if "fill" not in edit})
        for edit in job["edits"]:
            if "fill" in edit:
                fill_placeholder(doc, edit["bookmark"], edit["fill"])
            else:
                apply(doc, edit, controls)
        for table in job["tables"]:
            fill_table(doc, table["bookmark"], table["rows"])
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(job["out"])), (prop("FilterName", "MS Word 2007 XML"),))
        doc.close(True)


if __name__ == "__main__":
    main()
