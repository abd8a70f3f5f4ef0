<#-- The receipt of supporting documents that no checklist receipt listed (an e-mail or a drop without a return).
     First line: the subject; the rest: the body (and the receipt file in outbox/<ISO3>/). Fields: state, iso3,
     review (the State's open review, or ""), documents (list of {name, type, size, pages, encrypted, macros, noText,
     again, receivedOn: the day a document received again was first received}). -->
Supporting documents received: ${state}
Dear focal point,

The secretariat received these supporting documents of ${state} and keeps them for the reviewers<#if review?has_content> of review ${review}<#else>. ${state} has no review open at present: they are registered for ${state} and will be at hand when its review opens</#if>.

<#list documents as document>
  - ${document.name} (${document.type}, ${document.size}<#if document.pages?has_content>, ${document.pages} pages</#if>)<#if document.again> — already received on ${document.receivedOn}</#if><#if document.encrypted> — protected by a password: kept, its text not read; if the reviewers need its text, please send a copy without the password</#if><#if document.macros> — holds macros: kept, not opened</#if><#if document.noText> — no text could be read (a scan or an image): kept, not searchable</#if>
</#list>

To help the reviewers, please name each law or regulation (its title or file name) in the answers of the checklist that rely on it.
If one of these files was meant to be your answered checklist, send the checklist you received (.docx) itself, without a password.

The secretariat
