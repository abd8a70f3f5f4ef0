<#-- The answer to a refused file. First line: the subject; the rest: the body.
     Fields: fileName, received, code, reason, sha256. -->
لم يُقبل الملف: ${fileName}
حضرة جهة الاتصال،

تلقت الأمانة "${fileName}" في ${received} ولكن تعذر قبوله.

السبب (${code}):
${reason}

لم يُسجَّل شيء من هذا الملف. يرجى إرسال الملف المصحح مجدداً.

الأمانة
