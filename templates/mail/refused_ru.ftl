<#-- The answer to a refused file. First line: the subject; the rest: the body.
     Fields: fileName, received, code, reason, sha256. -->
Файл не принят: ${fileName}
Уважаемый координатор!

Секретариат получил «${fileName}» ${received}, но не смог его принять.

Причина (${code}):
${reason}

Из этого файла ничего не зарегистрировано. Пожалуйста, отправьте исправленный файл снова.

Секретариат
