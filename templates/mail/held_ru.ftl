<#-- The answer to a file the desk could not process (held for the secretariat). First line: the subject;
     the rest: the body. Fields: fileName, received, registered (boolean: its answers were registered
     before the failure), version, sha256. -->
Получено, будет рассмотрено секретариатом: ${fileName}
Уважаемый координатор!

Секретариат получил «${fileName}» ${received}<#if registered && version?has_content> и зарегистрировал ответы как версию ${version}</#if>, но не смог обработать файл автоматически<#if registered> для подготовки подтверждения</#if>.

Файл надёжно сохранён. Секретариат уведомлён, рассмотрит его и свяжется с вами. Повторно отправлять файл не нужно.

Секретариат
