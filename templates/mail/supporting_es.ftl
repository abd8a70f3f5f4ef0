<#-- The receipt of supporting documents that no checklist receipt listed (an e-mail or a drop without a return).
     First line: the subject; the rest: the body (and the receipt file in outbox/<ISO3>/). Fields: state, iso3,
     review (the State's open review, or ""), documents (list of {name, type, size, pages, encrypted, macros, noText,
     again, receivedOn: the day a document received again was first received}). -->
Documentos justificativos recibidos: ${state}
Estimado/a coordinador/a:

La secretaría recibió los siguientes documentos justificativos de ${state} y los conserva para los examinadores<#if review?has_content> del examen ${review}<#else>. ${state} no tiene ningún examen abierto en este momento: quedan registrados para ${state} y estarán disponibles cuando se abra su examen</#if>.

<#list documents as document>
  - ${document.name} (${document.type}, ${document.size}<#if document.pages?has_content>, ${document.pages} páginas</#if>)<#if document.again> — ya recibido el ${document.receivedOn}</#if><#if document.encrypted> — protegido con contraseña: conservado, sin leer su texto; si los examinadores necesitan su texto, envíe una copia sin contraseña</#if><#if document.macros> — contiene macros: conservado, sin abrir</#if><#if document.noText> — sin texto legible (documento escaneado o imagen): conservado, no se puede buscar en él</#if>
</#list>

Para ayudar a los examinadores, cite cada ley o reglamento (su título o el nombre del archivo) en las respuestas de la lista que se basen en él.
Si uno de estos archivos debía ser su lista de verificación respondida, envíe la propia lista que recibió (.docx), sin contraseña.

La secretaría
