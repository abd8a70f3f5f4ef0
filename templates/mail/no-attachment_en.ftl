Your message to the review secretariat had no attachment

Thank you for your message<#if subject?has_content> "${subject}"</#if>.

It reached the review secretariat without any attachment, so there was nothing to register.
To return your self-assessment checklist, please reply with the completed Word file (.docx)
that the secretariat sent you attached. Please do not rename or convert it, and do not send
it as PDF: the file itself tells us which review and State it belongs to.

This is an automatic answer from the secretariat's intake.
