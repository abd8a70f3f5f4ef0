<#-- The answer to a refused file. First line: the subject; the rest: the body.
     Fields: fileName, received, code, reason, sha256. -->
File not accepted: ${fileName}
Dear focal point,

The secretariat received "${fileName}" on ${received} but could not accept it.

Reason (${code}):
${reason}

Nothing was registered from this file. Please send the corrected file again.

The secretariat
