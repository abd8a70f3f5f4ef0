<#-- The answer to a file received before (same bytes). First line: the subject; the rest: the body.
     Fields: fileName, earlierName, firstReceived, firstReceivedDay, version, accepted (boolean). -->
Уже получено: ${fileName}
Уважаемый координатор!

Файл «${fileName}» уже был получен ${firstReceived}<#if earlierName != fileName> (как «${earlierName}»)</#if><#if accepted && version?has_content> и зарегистрирован как версия ${version}</#if>. Повторно он не обрабатывался; больше ничего по этому файлу не требуется.

Секретариат
