<#-- The answer to a registered return. First line: the subject; the rest: the body (and the receipt file).
     Fields: state, iso3, agency, fileName, received, version, checklistId, answered, fields, complete (list of
     provision titles), incomplete (list of {title, problems}), pending (list), findings, annotated (file name or ""),
     conflicts (list: where this return's answer and another agency's differ),
     supporting (list of {name, type, size, pages, encrypted, macros, noText, receivedOn}: the supporting documents that came
     with it; receivedOn: the day a document sent again was first received, else ""). -->
Checklist received: ${state}<#if agency?has_content> (${agency})</#if>, version ${version}
Dear focal point,

The secretariat received your checklist "${fileName}" on ${received} and registered it as version ${version}<#if agency?has_content> of the share of ${agency}</#if>.

Answers received: ${answered} of ${fields} fields.
<#if incomplete?has_content>

Findings to address (${findings}):
<#list incomplete as provision>
  ${provision.title}
<#list provision.problems as problem>
    - ${problem}
</#list>
</#list>
<#else>

Thank you: no findings remain in this return.
</#if>
<#if pending?has_content>

Answers that still carry tracked changes or comments (read as if accepted; please accept or reject them and send the checklist again):
<#list pending as where>
  - ${where}
</#list>
</#if>
<#if conflicts?has_content>

Answers that differ from another agency's answer to the same question (the latest received stands; please agree on one and send it again):
<#list conflicts as conflict>
  - ${conflict}
</#list>
</#if>
<#if annotated?has_content>

Your file comes back as "${annotated}", with a comment from the secretariat on each field to fix; your text is unchanged.
</#if>
<#if complete?has_content>

Provisions complete (${complete?size}):
<#list complete as provision>
  - ${provision}
</#list>
</#if>
<#if supporting?has_content>

Supporting documents received with it (${supporting?size}), kept for the reviewers:
<#list supporting as document>
  - ${document.name} (${document.type}, ${document.size}<#if document.pages?has_content>, ${document.pages} pages</#if>)<#if document.receivedOn?has_content> — already received on ${document.receivedOn}</#if><#if document.encrypted> — protected by a password: kept, its text not read; if the reviewers need its text, please send a copy without the password</#if><#if document.macros> — holds macros: kept, not opened</#if><#if document.noText> — no text could be read (a scan or an image): kept, not searchable</#if>
</#list>
</#if>

You may send an updated version at any time before the deadline; the latest version received is reviewed.

The secretariat
