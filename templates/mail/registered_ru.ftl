<#-- The answer to a registered return. First line: the subject; the rest: the body (and the receipt file).
     Fields: state, iso3, agency, fileName, received, version, checklistId, answered, fields, complete (list of
     provision titles), incomplete (list of {title, problems}), pending (list), findings, annotated (file name or ""),
     conflicts (list). -->
Контрольный перечень получен: ${state}<#if agency?has_content> (${agency})</#if>, версия ${version}
Уважаемый координатор!

Секретариат получил ваш контрольный перечень «${fileName}» ${received} и зарегистрировал его как версию ${version}<#if agency?has_content> части ${agency}</#if>.

Получено ответов: ${answered} из ${fields} полей.
<#if incomplete?has_content>

Замечания, требующие исправления (${findings}):
<#list incomplete as provision>
  ${provision.title}
<#list provision.problems as problem>
    - ${problem}
</#list>
</#list>
<#else>

Спасибо: замечаний по этому ответу нет.
</#if>
<#if pending?has_content>

Ответы, в которых остаются записанные исправления или примечания (прочитаны как принятые; примите или отклоните их и отправьте перечень снова):
<#list pending as where>
  - ${where}
</#list>
</#if>
<#if conflicts?has_content>

Ответы, расходящиеся с ответом другого ведомства на тот же вопрос (действует последний полученный; просьба согласовать единый ответ и направить его снова):
<#list conflicts as conflict>
  - ${conflict}
</#list>
</#if>
<#if annotated?has_content>

Ваш файл возвращается как «${annotated}» с примечанием секретариата к каждому полю, которое нужно исправить; ваш текст не изменен.
</#if>
<#if complete?has_content>

Положения, по которым ответы полные (${complete?size}):
<#list complete as provision>
  - ${provision}
</#list>
</#if>
<#if supporting?has_content>

Вспомогательные документы, полученные вместе с ним (${supporting?size}), сохранены для экспертов:
<#list supporting as document>
  - ${document.name} (${document.type}, ${document.size}<#if document.pages?has_content>, ${document.pages} стр.</#if>)<#if document.receivedOn?has_content> — уже был получен ${document.receivedOn}</#if><#if document.encrypted> — защищен паролем: сохранен, текст не прочитан; если экспертам понадобится его текст, направьте копию без пароля</#if><#if document.macros> — содержит макросы: сохранен, не открывался</#if><#if document.noText> — текст не читается (скан или изображение): сохранен, поиск по нему невозможен</#if>
</#list>
</#if>

Вы можете направить обновленную версию до истечения срока; рассматривается последняя полученная версия.

Секретариат
