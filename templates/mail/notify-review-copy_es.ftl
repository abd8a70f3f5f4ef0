Copia de examen: la autoevaluación de ${stateName} para sus observaciones (examen ${reviewId})

<#if name?has_content>${name}:<#else>Estimado/a colega:</#if>

${stateName} ha devuelto su lista de verificación para la autoevaluación completa (examen ${reviewId}).
Se adjunta la copia de examen para ${subjectName}: ${fileName}.

Cómo formular observaciones:
1. Abra el archivo en Microsoft Word o LibreOffice. El control de cambios está activado: cada
   modificación queda registrada a su nombre. Puede insertar comentarios en cualquier lugar.
2. Bajo cada disposición, escriba sus observaciones, las buenas prácticas señaladas y sus
   recomendaciones en los campos previstos.
3. Guárdelo en formato Word (.docx) sin cambiarle el nombre y devuélvalo respondiendo a este
   mensaje, o colóquelo en la carpeta de exámenes acordada con la secretaría.

La secretaría del examen
