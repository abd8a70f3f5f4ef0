<#-- The answer to a registered return. First line: the subject; the rest: the body (and the receipt file).
     Fields: state, iso3, agency, fileName, received, version, checklistId, answered, fields, complete (list of
     provision titles), incomplete (list of {title, problems}), pending (list), findings, annotated (file name or ""),
     conflicts (list). -->
تم استلام القائمة المرجعية: ${state}<#if agency?has_content> (${agency})</#if>، الإصدار ${version}
حضرة جهة الاتصال،

تلقت الأمانة قائمتكم المرجعية "${fileName}" في ${received} وسجلتها بوصفها الإصدار ${version}<#if agency?has_content> من الجزء الخاص بـ ${agency}</#if>.

الإجابات المستلمة: ${answered} من ${fields} حقلاً.
<#if incomplete?has_content>

الملاحظات الواجب معالجتها (${findings}):
<#list incomplete as provision>
  ${provision.title}
<#list provision.problems as problem>
    - ${problem}
</#list>
</#list>
<#else>

شكراً لكم: لا توجد ملاحظات متبقية في هذا الرد.
</#if>
<#if pending?has_content>

إجابات لا تزال تتضمن تغييرات متعقبة أو تعليقات (قُرئت كأنها مقبولة؛ يرجى قبولها أو رفضها وإرسال القائمة مجدداً):
<#list pending as where>
  - ${where}
</#list>
</#if>
<#if conflicts?has_content>

إجابات تختلف عن إجابة جهة أخرى على السؤال نفسه (يُعتمد آخر ما ورد؛ يرجى الاتفاق على إجابة واحدة وإرسالها مجدداً):
<#list conflicts as conflict>
  - ${conflict}
</#list>
</#if>
<#if annotated?has_content>

يُعاد إليكم ملفكم باسم "${annotated}" مع تعليق من الأمانة على كل حقل يلزم تصحيحه؛ ولم يُغيَّر نصكم.
</#if>
<#if complete?has_content>

الأحكام المكتملة (${complete?size}):
<#list complete as provision>
  - ${provision}
</#list>
</#if>
<#if supporting?has_content>

الوثائق الداعمة الواردة معها (${supporting?size})، وقد حُفظت للخبراء المستعرِضين:
<#list supporting as document>
  - ${document.name} (${document.type}, ${document.size}<#if document.pages?has_content>, ${document.pages} صفحات</#if>)<#if document.receivedOn?has_content> — سبق استلامها في ${document.receivedOn}</#if><#if document.encrypted> — محمية بكلمة مرور: حُفظت ولم يُقرأ نصها؛ وإذا احتاج المستعرضون إلى نصها، يُرجى إرسال نسخة منها بدون كلمة مرور</#if><#if document.macros> — تحتوي على وحدات ماكرو: حُفظت ولم تُفتح</#if><#if document.noText> — تعذّرت قراءة نصها (نسخة ممسوحة ضوئياً أو صورة): حُفظت ولكن لا يمكن البحث فيها</#if>
</#list>
</#if>

يمكنكم إرسال إصدار محدَّث قبل الموعد النهائي؛ ويُستعرض آخر إصدار مستلم.

الأمانة
