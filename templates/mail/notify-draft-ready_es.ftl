Proyecto de informe sobre el país de ${stateName} disponible (examen ${reviewId})

<#if name?has_content>${name}:<#else>Estimado/a coordinador/a:</#if>

El proyecto de informe del examen del país de ${stateName} (examen ${reviewId}) está listo.<#if fileName?has_content> Se adjunta:
${fileName}.</#if> Modifique el texto dentro de sus campos en Word o LibreOffice y devuélvalo
respondiendo a este mensaje o por la carpeta compartida; sus cambios se recogerán en el próximo proyecto.

La secretaría del examen
