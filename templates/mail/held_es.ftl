<#-- The answer to a file the desk could not process (held for the secretariat). First line: the subject;
     the rest: the body. Fields: fileName, received, registered (boolean: its answers were registered
     before the failure), version, sha256. -->
Recibido, pendiente de examen por la secretaría: ${fileName}
Estimado/a coordinador/a:

La secretaría recibió «${fileName}» el ${received}<#if registered && version?has_content> y registró sus respuestas como versión ${version}</#if>, pero no pudo procesarlo automáticamente<#if registered> para preparar su acuse de recibo</#if>.

El archivo se conserva en lugar seguro. La secretaría ha sido informada, lo examinará y le escribirá. No es necesario volver a enviarlo.

La secretaría
