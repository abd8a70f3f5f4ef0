<#switch kind><#case "self-assessment">Recordatorio: lista de verificación para la autoevaluación de ${stateName}, plazo ${deadline}<#break><#case "reviewer-comments">Recordatorio: observaciones de ${subjectName} sobre el examen de ${stateName}, plazo ${deadline}<#break><#case "draft-reply">Recordatorio: respuesta de ${stateName} al proyecto de informe sobre el país, plazo ${deadline}<#break><#case "follow-up">Recordatorio: información de seguimiento de ${stateName} antes del ${occasion} (${deadline})<#break></#switch>

<#if name?has_content>${name}:<#else>Estimado/a colega:</#if>

<#switch kind><#case "self-assessment">La lista de verificación para la autoevaluación de ${stateName} (examen ${reviewId}) vence el
${deadline}. La secretaría aún no ha recibido todas sus partes, completas y sin respuestas que
requieran atención.<#break><#case "reviewer-comments">Las observaciones de ${subjectName} sobre la autoevaluación de ${stateName} (examen ${reviewId})
vencen el ${deadline}. La secretaría aún no ha recibido de vuelta la copia de examen de ${subjectName}.<#break><#case "draft-reply">La respuesta de ${stateName} a su proyecto de informe sobre el país (examen ${reviewId}) vence el
${deadline}. La secretaría aún no ha recibido de vuelta el proyecto con las observaciones del Estado.<#break><#case "follow-up">Se invita a ${stateName} a informar sobre la aplicación de las recomendaciones de su examen
(${reviewId}) antes del ${occasion}, que se inaugura el ${deadline}. La secretaría no ha recibido
información de seguimiento desde el último período de sesiones.<#break></#switch>

<#if when == "before">Este recordatorio se envía ${days} día(s) antes del plazo.<#elseif when == "on">El plazo vence hoy.<#else>El plazo venció hace ${days} día(s).</#if> Si ya lo ha enviado, le rogamos
que no tenga en cuenta este mensaje.

La secretaría del examen
