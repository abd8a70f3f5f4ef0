<#ftl output_format="XML">
<#--
  The draft country review report, in the blueprint's structure: introduction, the review
  process, then the implementation of each chapter under review, article by article: a summary
  of the State's information, the reviewers' observations, successes and good practices,
  challenges and recommendations (lettered (a), (b), ... under their numbered lead-in), technical-
  assistance needs. Every fixed text is a label of
  templates/i18n/ (t("key", ...)); reword or reorder here, never in Java. Blocks (@block) are
  what the secretariat may edit in Word: their edits come back into the register.
-->
<#include "wml.ftl">
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>
<#if report.symbol?has_content><@para style="IrmSymbol" text=report.symbol/></#if>
<@para style="Title" text=t("report.title", report.stateName)/>
<@para style="Subtitle" text=t("report.subtitle")/>
<@labelled style="IrmCover" label=t("report.cover.state") value=report.stateName + " (" + report.state + ")"/>
<@labelled style="IrmCover" label=t("report.cover.cycle") value=report.cycle/>
<@labelled style="IrmCover" label=t("report.cover.reviewLanguage") value=report.reviewLanguage/>
<@para style="IrmDraftNote" text=t("report.draftNote") italic=true/>

<@para style="Heading1" text=t("report.introduction.heading")/>
<@numbered t("report.introduction.mechanism", report.cycle)/>
<@numbered t("report.introduction.state", report.stateName)/>
<#if report.reviewers?has_content>
<@numbered t("report.introduction.reviewers", report.reviewers?map(r -> t("report.reviewer", r.name, r.role))?join("; "))/>
</#if>

<@para style="Heading1" text=t("report.process.heading")/>
<@numbered t("report.process.basis", report.reviewLanguage)/>
<#list report.dates as step>
<@numbered t("report.process.step", step.label, step.date)/>
</#list>

<@para style="Heading1" text=t("report.implementation.heading")/>
<#list report.chapters as chapter>
<@para style="Heading2" text=chapter.heading/>
<#list chapter.articles as article>
<@para style="Heading3" text=article.heading/>
<@para style="Heading5" text=t("report.section.summary")/>
<#list article.provisions as provision>
<@para style="Heading4" text=provision.title/>
<#if provision.compliance?has_content><@numbered t("report.compliance", provision.compliance)/></#if>
<@block provision.measures/>
<#if provision.challenges?has_content><@numbered t("report.challengesReported", provision.challenges?join("; "))/></#if>
</#list>
<@para style="Heading5" text=t("report.section.observations")/>
<#list article.provisions as provision>
<@para style="Heading4" text=provision.title/>
<@block provision.observations/>
</#list>
<#if article.goodPractices?has_content>
<@para style="Heading5" text=t("report.section.goodPractices")/>
<#list article.goodPractices as practice><@block practice/></#list>
</#if>
<#if article.recommendations?has_content>
<@para style="Heading5" text=t("report.section.recommendations")/>
<@numbered t("report.recommendations.lead")/>
<#list article.recommendations as recommendation><@block b=recommendation style="UnSubPara" next="UnSubParaNext"/></#list>
</#if>
<#if article.taNeeds?has_content>
<@para style="Heading5" text=t("report.section.taNeeds")/>
<@taTable article.taNeeds/>
</#if>
</#list>
</#list>
<@section/>
</w:body></w:document>
