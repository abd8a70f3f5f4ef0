<#-- The receipt of supporting documents that no checklist receipt listed (an e-mail or a drop without a return).
     First line: the subject; the rest: the body (and the receipt file in outbox/<ISO3>/). Fields: state, iso3,
     review (the State's open review, or ""), documents (list of {name, type, size, pages, encrypted, macros, noText,
     again, receivedOn: the day a document received again was first received}). -->
استلام وثائق داعمة: ${state}
حضرة جهة الوصل،

استلمت الأمانة الوثائق الداعمة التالية من ${state} وتحفظها للخبراء المستعرِضين<#if review?has_content> في الاستعراض ${review}<#else>. لا يوجد حالياً استعراض مفتوح لـ ${state}: سُجّلت الوثائق باسم ${state} وستكون متاحة عند فتح استعراضها</#if>.

<#list documents as document>
  - ${document.name} (${document.type}, ${document.size}<#if document.pages?has_content>, ${document.pages} صفحات</#if>)<#if document.again> — سبق استلامها في ${document.receivedOn}</#if><#if document.encrypted> — محمية بكلمة مرور: حُفظت ولم يُقرأ نصها؛ وإذا احتاج المستعرضون إلى نصها، يُرجى إرسال نسخة منها بدون كلمة مرور</#if><#if document.macros> — تحتوي على وحدات ماكرو: حُفظت ولم تُفتح</#if><#if document.noText> — تعذّرت قراءة نصها (نسخة ممسوحة ضوئياً أو صورة): حُفظت ولكن لا يمكن البحث فيها</#if>
</#list>

لمساعدة الخبراء المستعرِضين، يُرجى ذكر كل قانون أو لائحة (عنوانه أو اسم الملف) في إجابات القائمة المرجعية التي تستند إليه.
إذا كان أحد هذه الملفات يُقصد به قائمتكم المرجعية المجاب عنها، فيُرجى إرسال القائمة المرجعية التي استلمتموها (‎.docx) نفسها، بدون كلمة مرور.

الأمانة
