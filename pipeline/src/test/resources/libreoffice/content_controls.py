"""Answers a checklist's content controls in real LibreOffice (headless, through UNO) as a State's editor
would, then saves it as .docx ("MS Word 2007 XML").

Usage: python3 content_controls.py PROFILE_DIR JOBS.json
JOBS.json is a list of {"in": IN.docx, "out": OUT.docx, "edits": [...]}, all done in one LibreOffice
(each start costs more than an edit). The edits of a file are applied in order, each naming the
control by the bookmark around it:
  {"bookmark": NAME, "pickDate": "2025-01-15", "shows": TEXT}  the date picker: stores the date, shows TEXT
  {"bookmark": NAME, "choose": TEXT}                            the drop-down: shows the item TEXT
  {"bookmark": NAME, "tick": true|false}                        the check box: stores the state, shows its glyph
  {"bookmark": NAME, "type": TEXT}                              typing over whatever the control shows
Exit 0 when saved; otherwise a message on stderr. Needs Debian's python3-uno.
"""
import json
import os
import sys

import uno

from uno_office import office, prop






def controls_by_bookmark(doc, wanted):
    """The content controls of the body under the wanted bookmarks (starting just before or inside each).

    Stops once all are found: every call crosses the UNO bridge, and a whole checklist has thousands."""
    found = {}
    for paragraph in doc.getText().createEnumeration():
        if wanted <= found.keys():
            break
        if not paragraph.supportsService("com.sun.star.text.Paragraph"):
            continue
        started = []
        for portion in paragraph.createEnumeration():
            kind = portion.getPropertyValue("TextPortionType")
            if kind == "Bookmark" and portion.getPropertyValue("IsStart"):
                started.append(portion.getPropertyValue("Bookmark").getName())
            elif kind == "ContentControl":
                control = portion.getPropertyValue("ContentControl")
                for inner in control.createEnumeration():
                    if inner.getPropertyValue("TextPortionType") == "Bookmark":
                        started.append(inner.getPropertyValue("Bookmark").getName())
                for name in started:
                    found.setdefault(name, control)
                started = []
            elif kind == "Text" and portion.getString():
                started = []
    return found


def shown(control):
    return "".join(p.getString() for p in control.createEnumeration() if p.getPropertyValue("TextPortionType") == "Text")


def type_over(doc, control, text):
    """Replaces what the control shows, keeping the text inside it, as typing over a selection does.

    LibreOffice 7.4 puts text set on the control's whole range outside the control; text inserted
    through the control itself lands at its start, inside. So: insert, then delete what was there.
    """
    old = shown(control)
    control.insertString(control.createTextCursor(), text, False)
    if old:
        start = next(p for p in control.createEnumeration() if p.getPropertyValue("TextPortionType") == "Text").getStart()
        cursor = start.getText().createTextCursorByRange(start)
        cursor.goRight(len(text), False)
        cursor.goRight(len(old), True)
        if cursor.getString() != old:
            raise SystemExit("Could not select the old text %r (got %r)" % (old, cursor.getString()))
        cursor.setString("")
    if shown(control) != text:
        raise SystemExit("The control shows %r instead of %r" % (shown(control), text))


def apply(doc, edit, controls):
    control = controls.get(edit["bookmark"])
    if control is None:
        raise SystemExit("No content control under bookmark " + edit["bookmark"])
    if "pickDate" in edit:
        # What LibreOffice's date picker does: store the date and show it formatted instead of the placeholder.
        control.setPropertyValue("CurrentDate", edit["pickDate"] + "T00:00:00Z")
        control.setPropertyValue("ShowingPlaceHolder", False)
        type_over(doc, control, edit["shows"])
    elif "choose" in edit:
        control.setPropertyValue("ShowingPlaceHolder", False)
        type_over(doc, control, edit["choose"])
    elif "tick" in edit:
        control.setPropertyValue("Checked", bool(edit["tick"]))
        type_over(doc, control, control.getPropertyValue("CheckedState" if edit["tick"] else "UncheckedState"))
    elif "type" in edit:
        # Typing into a control that shows its placeholder replaces it, as LibreOffice's own typing does.
        control.setPropertyValue("ShowingPlaceHolder", False)
        type_over(doc, control, edit["type"])
    else:
        raise SystemExit("Unknown edit " + json.dumps(edit))


def edit_file(desktop, source, target, edits):
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0,
                                       (prop("Hidden", True),))
    if doc is None:
        raise SystemExit("LibreOffice could not open " + source)
    controls = controls_by_bookmark(doc, {edit["bookmark"] for edit in edits})
    for edit in edits:
        apply(doc, edit, controls)
    doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)), (prop("FilterName", "MS Word 2007 XML"),))
    doc.close(True)


def main():
    profile, jobs_file = sys.argv[1:3]
    with open(jobs_file, encoding="utf-8") as f:
        jobs = json.load(f)
    with office(profile) as context:
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        for job in jobs:
            edit_file(desktop, job["in"], job["out"], job["edits"])


if __name__ == "__main__":
    main()
