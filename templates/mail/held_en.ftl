<#-- The answer to a file the desk could not process (held for the secretariat). First line: the subject;
     the rest: the body. Fields: fileName, received, registered (boolean: its answers were registered
     before the failure), version, sha256. -->
Received, to be looked at by the secretariat: ${fileName}
Dear focal point,

The secretariat received "${fileName}" on ${received}<#if registered && version?has_content> and registered its answers as version ${version}</#if>, but could not process it automatically<#if registered> to prepare its receipt</#if>.

The file is kept safely. The secretariat has been told, will look at it and will write to you. There is no need to send it again.

The secretariat
