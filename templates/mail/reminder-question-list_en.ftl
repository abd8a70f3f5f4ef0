Reminder: questions to ${stateName} in the written dialogue awaiting answers (review ${reviewId})

Dear <#if name?has_content>${name}<#else>focal point</#if>,

On ${deadline} the secretariat sent ${stateName} a list of questions from the reviewing States and
the secretariat on its answers to the checklist (review ${reviewId}): ${occasion}. Its answers have
not come back yet.

Please write your answers in the list<#if fileName?has_content>, attached again,</#if> and send it back by replying to this
message or through the shared folder. A question left empty stays open and comes again in the
next list. If you have sent it in the meantime, please disregard this message.

The review secretariat
