<#ftl output_format="XML">
<#--
  The executive summary: the review in brief, then per chapter under review the successes and
  good practices, the challenges and recommendations (lettered (a), (b), ... under their numbered
  lead-in, each under its provision's reference), and the technical-assistance needs. Its
  words are counted against irm.report.summary.maxWords (1,000 by default). Fixed texts are
  labels of templates/i18n/; reword or reorder here, never in Java.
-->
<#include "wml.ftl">
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>
<#if report.symbol?has_content><@para style="IrmSymbol" text=report.symbol/></#if>
<@para style="Title" text=t("summary.title")/>
<@para style="Subtitle" text=report.stateName/>

<@para style="Heading1" text=t("summary.introduction.heading")/>
<@numbered t("summary.introduction.review", report.stateName, report.cycle)/>
<#if report.reviewers?has_content>
<@numbered t("report.introduction.reviewers", report.reviewers?map(r -> t("report.reviewer", r.name, r.role))?join("; "))/>
</#if>
<@numbered t("summary.introduction.counts", report.counts.goodPractices, report.counts.recommendations, report.counts.taNeeds)/>

<#list report.chapters as chapter>
<@para style="Heading1" text=chapter.heading/>
<#if !chapter.hasOutcomes()>
<@numbered t("summary.nothingYet")/>
<#else>
<#assign practices = chapter.goodPractices()>
<#assign recommendations = chapter.recommendations()>
<#assign needs = chapter.taNeeds()>
<#if practices?has_content>
<@para style="Heading2" text=t("report.section.goodPractices")/>
<#list practices as practice>
<@para style="IrmReference" text=practice.reference/>
<@block practice/>
</#list>
</#if>
<#if recommendations?has_content>
<@para style="Heading2" text=t("report.section.recommendations")/>
<@numbered t("report.recommendations.lead")/>
<#list recommendations as recommendation>
<@para style="IrmReference" text=recommendation.reference/>
<@block b=recommendation style="UnSubPara" next="UnSubParaNext"/>
</#list>
</#if>
<#if needs?has_content>
<@para style="Heading2" text=t("report.section.taNeeds")/>
<@taTable needs/>
</#if>
</#if>
</#list>
<@section/>
</w:body></w:document>
