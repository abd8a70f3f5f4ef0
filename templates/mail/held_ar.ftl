<#-- The answer to a file the desk could not process (held for the secretariat). First line: the subject;
     the rest: the body. Fields: fileName, received, registered (boolean: its answers were registered
     before the failure), version, sha256. -->
وردَ الملف وستنظر فيه الأمانة: ${fileName}
حضرة جهة الاتصال،

تلقت الأمانة "${fileName}" في ${received}<#if registered && version?has_content> وسجّلت إجاباته بوصفها الإصدار ${version}</#if>، ولكن تعذرت معالجته آلياً<#if registered> لإعداد إشعار الاستلام</#if>.

الملف محفوظ بأمان. وقد أُبلغت الأمانة وستنظر فيه وتكتب إليكم. لا حاجة إلى إرساله مرة أخرى.

الأمانة
