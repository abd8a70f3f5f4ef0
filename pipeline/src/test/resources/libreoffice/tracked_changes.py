"""Accepts or rejects a .docx's tracked changes in real LibreOffice (headless, through UNO), as a
user would with Edit > Track Changes, and saves the result as .docx ("MS Word 2007 XML").

Usage: python3 tracked_changes.py PROFILE_DIR accept|reject|accept-author AUTHOR IN.docx OUT.docx
(AUTHOR is ignored, give "-", for accept and reject.) Exit 0 when saved; otherwise a message on stderr.
Needs Debian's python3-uno (the "uno" module of the installed LibreOffice).
"""
import os
import sys

import uno

from uno_office import office, prop






def accept_author(doc, frame, dispatcher, author):
    """Accepts the changes of one author: selects each of its redlines' ranges, then Accept Change."""
    controller = doc.getCurrentController()
    done = 0
    # Accepting changes the set of redlines: look them up afresh each time.
    while True:
        target = None
        for redline in doc.getRedlines():
            if redline.getPropertyValue("RedlineAuthor") == author:
                target = redline
                break
        if target is None:
            return done
        start = target.getPropertyValue("RedlineStart")
        end = target.getPropertyValue("RedlineEnd")
        cursor = start.getText().createTextCursorByRange(start)
        cursor.gotoRange(end, True)
        controller.select(cursor)
        before = doc.getRedlines().getCount()
        dispatcher.executeDispatch(frame, ".uno:AcceptTrackedChange", "", 0, ())
        if doc.getRedlines().getCount() >= before:
            raise SystemExit("LibreOffice did not accept the change by %s at '%s'" % (author, cursor.getString()))
        done += 1


def main():
    profile, mode, author, source, target = sys.argv[1:6]
    with office(profile) as context:
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        dispatcher = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0,
                                           (prop("Hidden", True),))
        if doc is None:
            raise SystemExit("LibreOffice could not open " + source)
        frame = doc.getCurrentController().getFrame()
        if mode == "accept":
            dispatcher.executeDispatch(frame, ".uno:AcceptAllTrackedChanges", "", 0, ())
        elif mode == "reject":
            dispatcher.executeDispatch(frame, ".uno:RejectAllTrackedChanges", "", 0, ())
        elif mode == "accept-author":
            if accept_author(doc, frame, dispatcher, author) == 0:
                raise SystemExit("No tracked change by " + author + " in " + source)
        else:
            raise SystemExit("Unknown mode " + mode)
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)), (prop("FilterName", "MS Word 2007 XML"),))
        doc.close(True)


if __name__ == "__main__":
    main()
