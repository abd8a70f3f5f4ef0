Draft country report of ${stateName} ready (review ${reviewId})

Dear <#if name?has_content>${name}<#else>focal point</#if>,

The draft country review report of ${stateName} (review ${reviewId}) is ready.<#if fileName?has_content> It is attached:
${fileName}.</#if> Edit the text inside its fields in Word or LibreOffice and send it back by
replying to this message or through the shared folder; your edits are taken into the next draft.

The review secretariat
