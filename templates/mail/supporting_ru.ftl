<#-- The receipt of supporting documents that no checklist receipt listed (an e-mail or a drop without a return).
     First line: the subject; the rest: the body (and the receipt file in outbox/<ISO3>/). Fields: state, iso3,
     review (the State's open review, or ""), documents (list of {name, type, size, pages, encrypted, macros, noText,
     again, receivedOn: the day a document received again was first received}). -->
Получены вспомогательные документы: ${state}
Уважаемый координатор!

Секретариат получил следующие вспомогательные документы от ${state} и сохраняет их для экспертов<#if review?has_content> обзора ${review}<#else>. Открытого обзора по ${state} сейчас нет: документы зарегистрированы за ${state} и будут доступны, когда обзор откроется</#if>.

<#list documents as document>
  - ${document.name} (${document.type}, ${document.size}<#if document.pages?has_content>, ${document.pages} стр.</#if>)<#if document.again> — уже был получен ${document.receivedOn}</#if><#if document.encrypted> — защищен паролем: сохранен, текст не прочитан; если экспертам понадобится его текст, направьте копию без пароля</#if><#if document.macros> — содержит макросы: сохранен, не открывался</#if><#if document.noText> — текст не читается (скан или изображение): сохранен, поиск по нему невозможен</#if>
</#list>

Чтобы помочь экспертам, укажите каждый закон или нормативный акт (его название или имя файла) в ответах перечня, которые на него опираются.
Если один из этих файлов должен был быть вашим заполненным перечнем, направьте сам полученный перечень (.docx) без пароля.

Секретариат
