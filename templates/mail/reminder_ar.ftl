<#switch kind><#case "self-assessment">تذكير: موعد تقديم قائمة التقييم الذاتي المرجعية لـ${stateName} هو ${deadline}<#break><#case "reviewer-comments">تذكير: موعد تقديم تعليقات ${subjectName} على استعراض ${stateName} هو ${deadline}<#break><#case "draft-reply">تذكير: موعد رد ${stateName} على مشروع التقرير القُطري هو ${deadline}<#break><#case "follow-up">تذكير: معلومات المتابعة من ${stateName} مطلوبة قبل ${occasion} (${deadline})<#break></#switch>

<#if name?has_content>حضرة ${name} المحترم/ة،<#else>حضرة الزميل/ة المحترم/ة،</#if>

<#switch kind><#case "self-assessment">يحلّ موعد تقديم قائمة التقييم الذاتي المرجعية لـ${stateName} (الاستعراض ${reviewId}) في ${deadline}.
ولم تتلقَّ الأمانة بعدُ جميع أجزائها مستكملةً وخاليةً من إجابات ما زالت تحتاج إلى عناية.<#break><#case "reviewer-comments">يحلّ موعد تقديم تعليقات ${subjectName} على التقييم الذاتي لـ${stateName} (الاستعراض ${reviewId}) في
${deadline}. ولم تتلقَّ الأمانة بعدُ نسخة الاستعراض المعادة من ${subjectName}.<#break><#case "draft-reply">يحلّ موعد رد ${stateName} على مشروع تقريرها القُطري (الاستعراض ${reviewId}) في ${deadline}.
ولم تتلقَّ الأمانة بعدُ المشروع معادًا مع تعليقات الدولة.<#break><#case "follow-up">تُدعى ${stateName} إلى الإبلاغ عن تنفيذ توصيات استعراضها (${reviewId}) قبل ${occasion}
التي تُفتتح في ${deadline}. ولم تتلقَّ الأمانة أي معلومات متابعة منذ الدورة السابقة.<#break></#switch>

<#if when == "before">يُرسَل هذا التذكير قبل الموعد النهائي بـ${days} يوم/أيام.<#elseif when == "on">الموعد النهائي هو اليوم.<#else>انقضى الموعد النهائي منذ ${days} يوم/أيام.</#if> وإن كنتم قد أرسلتموه في
الأثناء، فيرجى تجاهل هذه الرسالة.

أمانة الاستعراض
