Self-assessment checklist for ${stateName}, review cycle ${cycle} (reply by ${deadline})

Dear focal point,

Attached is the self-assessment checklist of ${stateName} for cycle ${cycle} of the
${mechanism} (review ${reviewId})<#if agency?has_content>, the share of ${agency}</#if>.

How to answer:
1. Open the attached file ${fileName} in Microsoft Word or LibreOffice and answer in the grey
   fields under each question. The questions themselves are protected.
2. Save it as Word (.docx). Do not rename it, convert it to PDF or copy the answers into another
   file: the file carries its own identity and is checked when it comes back.
3. Send it back by replying to this message with the file attached, or drop it into the shared
   folder agreed with the secretariat. You may return it several times; each return updates the
   earlier one, field by field.

Please return it by ${deadline}. You will receive a receipt for every file, listing which
provisions are complete and which answers still need attention.

The review secretariat
