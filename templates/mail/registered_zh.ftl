<#-- The answer to a registered return. First line: the subject; the rest: the body (and the receipt file).
     Fields: state, iso3, agency, fileName, received, version, checklistId, answered, fields, complete (list of
     provision titles), incomplete (list of {title, problems}), pending (list), findings, annotated (file name or ""),
     conflicts (list). -->
已收到核对清单：${state}<#if agency?has_content>（${agency}）</#if>，第 ${version} 版
尊敬的联络人：

秘书处已于 ${received} 收到贵方核对清单“${fileName}”，并登记为第 ${version} 版<#if agency?has_content>（${agency} 部分）</#if>。

收到的答复：${fields} 个字段中的 ${answered} 个。
<#if incomplete?has_content>

需处理的问题（${findings}）：
<#list incomplete as provision>
  ${provision.title}
<#list provision.problems as problem>
    - ${problem}
</#list>
</#list>
<#else>

谢谢：本次答复没有遗留问题。
</#if>
<#if pending?has_content>

仍带有修订或批注的答复（已按接受处理；请接受或拒绝后重新发送核对清单）：
<#list pending as where>
  - ${where}
</#list>
</#if>
<#if conflicts?has_content>

与另一机构对同一问题的答复不一致的答复（以最后收到的为准；请商定统一答复后重新发送）：
<#list conflicts as conflict>
  - ${conflict}
</#list>
</#if>
<#if annotated?has_content>

贵方文件以“${annotated}”退回，秘书处在每个需更正的字段上添加了批注；贵方文本未作改动。
</#if>
<#if complete?has_content>

已完整答复的条款（${complete?size}）：
<#list complete as provision>
  - ${provision}
</#list>
</#if>
<#if supporting?has_content>

随附的佐证文件（${supporting?size}），已为审议专家保存：
<#list supporting as document>
  - ${document.name} (${document.type}, ${document.size}<#if document.pages?has_content>, ${document.pages} 页</#if>)<#if document.receivedOn?has_content> — 已于${document.receivedOn}收到</#if><#if document.encrypted> — 受密码保护：已保存，未读取其文本；如审议专家需要其文本，请发送一份无密码的副本</#if><#if document.macros> — 含有宏：已保存，未打开</#if><#if document.noText> — 无法读取文本（扫描件或图像）：已保存，但无法检索</#if>
</#list>
</#if>

截止日期前可随时发送更新版本；审议以收到的最新版本为准。

秘书处
