"""A private headless LibreOffice for the test scripts, driven through UNO (Debian's python3-uno).

    with office(PROFILE_DIR) as context: ...   starts LibreOffice with its own profile, connects,
                                               and never leaves it running afterwards
    prop(NAME, VALUE)                          a PropertyValue for loadComponentFromURL, storeToURL
"""
import contextlib
import os
import signal
import subprocess
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def _connect(pipe, process):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 90
    while True:
        try:
            return resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except NoConnectException:
            if process.poll() is not None or time.time() > deadline:
                raise SystemExit("LibreOffice did not start (exit %s)" % process.poll())
            time.sleep(0.3)


@contextlib.contextmanager
def office(profile):
    """Yields the component context of a LibreOffice started for this script alone."""
    pipe = "irm" + uuid.uuid4().hex
    profile_url = uno.systemPathToFileUrl(os.path.abspath(profile))
    # A fresh profile makes LibreOffice restart once after creating it, which would drop our bridge: create it first.
    subprocess.run(["soffice", "-env:UserInstallation=" + profile_url, "--headless", "--norestore", "--terminate_after_init"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    process = subprocess.Popen(["soffice", "-env:UserInstallation=" + profile_url,
                                "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
                                "--accept=pipe,name=%s;urp;" % pipe],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        context = _connect(pipe, process)
        yield context
        try:
            context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context).terminate()
        except Exception:
            pass  # the bridge goes down with the office
    finally:
        # Whether it saved or gave up, this office is ours alone: never leave it running.
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            # soffice is a launcher: soffice.bin runs as its child, so the whole group goes.
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
