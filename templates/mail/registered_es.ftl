<#-- The answer to a registered return. First line: the subject; the rest: the body (and the receipt file).
     Fields: state, iso3, agency, fileName, received, version, checklistId, answered, fields, complete (list of
     provision titles), incomplete (list of {title, problems}), pending (list), findings, annotated (file name or ""),
     conflicts (list). -->
Lista de verificación recibida: ${state}<#if agency?has_content> (${agency})</#if>, versión ${version}
Estimado coordinador:

La secretaría recibió su lista de verificación «${fileName}» el ${received} y la registró como versión ${version}<#if agency?has_content> de la parte de ${agency}</#if>.

Respuestas recibidas: ${answered} de ${fields} campos.
<#if incomplete?has_content>

Observaciones por atender (${findings}):
<#list incomplete as provision>
  ${provision.title}
<#list provision.problems as problem>
    - ${problem}
</#list>
</#list>
<#else>

Gracias: no quedan observaciones en esta respuesta.
</#if>
<#if pending?has_content>

Respuestas que aún tienen cambios controlados o comentarios (leídas como aceptadas; acéptelos o recházelos y envíe de nuevo la lista):
<#list pending as where>
  - ${where}
</#list>
</#if>
<#if conflicts?has_content>

Respuestas que difieren de la de otro organismo a la misma pregunta (prevalece la más reciente; acuerden una sola y envíenla de nuevo):
<#list conflicts as conflict>
  - ${conflict}
</#list>
</#if>
<#if annotated?has_content>

Su archivo se le devuelve como «${annotated}», con un comentario de la secretaría en cada campo por corregir; su texto no se ha modificado.
</#if>
<#if complete?has_content>

Disposiciones completas (${complete?size}):
<#list complete as provision>
  - ${provision}
</#list>
</#if>
<#if supporting?has_content>

Documentos justificativos recibidos con ella (${supporting?size}), conservados para los examinadores:
<#list supporting as document>
  - ${document.name} (${document.type}, ${document.size}<#if document.pages?has_content>, ${document.pages} páginas</#if>)<#if document.receivedOn?has_content> — ya recibido el ${document.receivedOn}</#if><#if document.encrypted> — protegido con contraseña: conservado, sin leer su texto; si los examinadores necesitan su texto, envíe una copia sin contraseña</#if><#if document.macros> — contiene macros: conservado, sin abrir</#if><#if document.noText> — sin texto legible (documento escaneado o imagen): conservado, no se puede buscar en él</#if>
</#list>
</#if>

Puede enviar una versión actualizada antes del plazo; se examina la última versión recibida.

La secretaría
