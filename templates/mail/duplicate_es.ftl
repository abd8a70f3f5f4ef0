<#-- The answer to a file received before (same bytes). First line: the subject; the rest: the body.
     Fields: fileName, earlierName, firstReceived, firstReceivedDay, version, accepted (boolean). -->
Ya recibido: ${fileName}
Estimado coordinador:

El archivo «${fileName}» ya se recibió el ${firstReceived}<#if earlierName != fileName> (como «${earlierName}»)</#if><#if accepted && version?has_content> y se registró como versión ${version}</#if>. No se ha procesado por segunda vez; no se necesita nada más para este archivo.

La secretaría
