<#-- The answer to a file received before (same bytes). First line: the subject; the rest: the body.
     Fields: fileName, earlierName, firstReceived, firstReceivedDay, version, accepted (boolean). -->
سبق استلامه: ${fileName}
حضرة جهة الاتصال،

سبق استلام الملف "${fileName}" في ${firstReceived}<#if earlierName != fileName> (باسم "${earlierName}")</#if><#if accepted && version?has_content> وسُجِّل بوصفه الإصدار ${version}</#if>. ولم يُعالَج مرة ثانية؛ ولا يلزم أي إجراء آخر بشأن هذا الملف.

الأمانة
