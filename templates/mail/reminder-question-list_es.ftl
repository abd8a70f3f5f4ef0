Recordatorio: preguntas a ${stateName} en el diálogo escrito pendientes de respuesta (examen ${reviewId})

<#if name?has_content>${name}:<#else>Estimado/a coordinador/a:</#if>

El ${deadline} la secretaría envió a ${stateName} una lista de preguntas de los Estados examinadores y
de la secretaría sobre sus respuestas a la lista de verificación (examen ${reviewId}): ${occasion}.
Aún no se han recibido las respuestas.

Le rogamos que escriba sus respuestas en la lista<#if fileName?has_content>, que se adjunta de nuevo,</#if> y la devuelva respondiendo
a este mensaje o por la carpeta compartida. Una pregunta que quede en blanco sigue abierta y
figurará en la próxima lista. Si ya la ha enviado, le rogamos que no tenga en cuenta este mensaje.

La secretaría del examen
