Lista de verificación para la autoevaluación: ${stateName}, ciclo de examen ${cycle} (respuesta antes del ${deadline})

Estimado/a coordinador/a:

Adjuntamos la lista de verificación para la autoevaluación de ${stateName} para el ciclo ${cycle}
del ${mechanism} (examen ${reviewId})<#if agency?has_content>, parte encomendada a ${agency}</#if>.

Cómo responder:
1. Abra el archivo adjunto ${fileName} en Microsoft Word o LibreOffice y responda en los campos
   grises bajo cada pregunta. Las preguntas están protegidas.
2. Guárdelo en formato Word (.docx). No le cambie el nombre, no lo convierta a PDF ni copie las
   respuestas en otro archivo: el archivo lleva su propia identidad, que se verifica a su regreso.
3. Devuélvalo respondiendo a este mensaje con el archivo adjunto, o deposítelo en la carpeta
   compartida acordada con la secretaría. Puede devolverlo varias veces; cada envío actualiza el
   anterior, campo por campo.

Le rogamos que lo devuelva a más tardar el ${deadline}. Recibirá un acuse de recibo por cada
archivo, con las disposiciones completas y las respuestas que aún requieren atención.

La secretaría del examen
