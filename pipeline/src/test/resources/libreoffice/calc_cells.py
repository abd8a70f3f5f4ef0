"""Codes needs in a coding workbook in real LibreOffice Calc (headless, through UNO) as the secretariat's
coder would: types the given texts into cells, then saves the workbook as .xlsx ("Calc MS Excel 2007 XML").

Usage: python3 calc_cells.py PROFILE_DIR JOB.json
JOB.json is {"in": IN.xlsx, "out": OUT.xlsx, "cells": [{"sheet": 0, "row": R, "column": C, "text": TEXT}, ...]}
(row and column from 0, as POI counts them). Exit 0 when saved; otherwise a message on stderr.
Needs Debian's python3-uno and libreoffice-calc.
"""
import json
import os
import sys

import uno

from uno_office import office, prop


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
        for cell in job["cells"]:
            sheet = doc.getSheets().getByIndex(cell["sheet"])
            sheet.getCellByPosition(cell["column"], cell["row"]).setString(cell["text"])
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(job["out"])),
                       (prop("FilterName", "Calc MS Excel 2007 XML"),))
        doc.close(True)


if __name__ == "__main__":
    main()
