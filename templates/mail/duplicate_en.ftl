<#-- The answer to a file received before (same bytes). First line: the subject; the rest: the body.
     Fields: fileName, earlierName, firstReceived, firstReceivedDay, version, accepted (boolean). -->
Already received: ${fileName}
Dear focal point,

The file "${fileName}" was already received on ${firstReceived}<#if earlierName != fileName> (as "${earlierName}")</#if><#if accepted && version?has_content> and registered as version ${version}</#if>. It has not been processed a second time; nothing more is needed from you for this file.

The secretariat
