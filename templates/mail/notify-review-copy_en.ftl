Review copy: the self-assessment of ${stateName} for your comments (review ${reviewId})

Dear <#if name?has_content>${name}<#else>colleague</#if>,

${stateName} has returned its self-assessment checklist, complete (review ${reviewId}). Attached is
the review copy for ${subjectName}: ${fileName}.

How to comment:
1. Open the file in Microsoft Word or LibreOffice. Track Changes is on: every edit you make is
   recorded under your name. Comments are welcome anywhere.
2. Under each provision, write your observations, the good practices you noted and your
   recommendations in the fields provided.
3. Save it as Word (.docx) without renaming it and send it back by replying to this message, or
   drop it into the reviews folder agreed with the secretariat.

The review secretariat
