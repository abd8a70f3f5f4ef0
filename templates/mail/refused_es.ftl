<#-- The answer to a refused file. First line: the subject; the rest: the body.
     Fields: fileName, received, code, reason, sha256. -->
Archivo no aceptado: ${fileName}
Estimado coordinador:

La secretaría recibió «${fileName}» el ${received}, pero no pudo aceptarlo.

Motivo (${code}):
${reason}

No se registró nada de este archivo. Envíe de nuevo el archivo corregido.

La secretaría
