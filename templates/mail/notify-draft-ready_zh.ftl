${stateName}国别报告草稿已备妥（审议 ${reviewId}）

<#if name?has_content>${name}：<#else>尊敬的联络人：</#if>

${stateName}的国别审议报告草稿（审议 ${reviewId}）已备妥。<#if fileName?has_content>随函附上：${fileName}。</#if>
请在 Word 或 LibreOffice 中修改其栏目内的文字，然后回复本邮件或通过共享文件夹交回；您的修改将纳入下一稿。

审议秘书处
