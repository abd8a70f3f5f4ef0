<#switch kind><#case "self-assessment">Reminder: self-assessment checklist of ${stateName} due ${deadline}<#break><#case "reviewer-comments">Reminder: comments of ${subjectName} on the review of ${stateName} due ${deadline}<#break><#case "draft-reply">Reminder: reply of ${stateName} to the draft country report due ${deadline}<#break><#case "follow-up">Reminder: follow-up update of ${stateName} due before ${occasion} (${deadline})<#break></#switch>

Dear <#if name?has_content>${name}<#else>colleague</#if>,

<#switch kind><#case "self-assessment">The self-assessment checklist of ${stateName} (review ${reviewId}) is due on ${deadline}.
The secretariat has not yet received every part of it, complete and without answers that still
need attention.<#break><#case "reviewer-comments">The comments of ${subjectName} on the self-assessment of ${stateName} (review ${reviewId})
are due on ${deadline}. The secretariat has not yet received the review copy of ${subjectName}
back.<#break><#case "draft-reply">The reply of ${stateName} to its draft country report (review ${reviewId}) is due on
${deadline}. The secretariat has not yet received the draft back with the State's comments.<#break><#case "follow-up">${stateName} is invited to report on the implementation of the recommendations of its review
(${reviewId}) before ${occasion}, which opens on ${deadline}. The secretariat has not yet received
a follow-up update since the last session.<#break></#switch>

<#if when == "before">This is a reminder ${days} day(s) before the deadline.<#elseif when == "on">The deadline is today.<#else>The deadline passed ${days} day(s) ago.</#if> If you have sent it in the
meantime, please disregard this message.

The review secretariat
