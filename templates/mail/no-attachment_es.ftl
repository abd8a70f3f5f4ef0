Su mensaje a la secretaría del examen no contenía ningún archivo adjunto

Le agradecemos su mensaje<#if subject?has_content> «${subject}»</#if>.

Llegó a la secretaría del examen sin ningún archivo adjunto, por lo que no se pudo registrar nada.
Para devolver su lista de verificación para la autoevaluación, responda adjuntando el archivo de
Word (.docx) completado que la secretaría le envió. Le rogamos que no le cambie el nombre ni lo
convierta, y que no lo envíe en PDF: el propio archivo indica a qué examen y Estado corresponde.

Esta es una respuesta automática del servicio de recepción de la secretaría.
