审议副本：请对${stateName}的自评提出意见（审议 ${reviewId}）

<#if name?has_content>${name}：<#else>尊敬的同事：</#if>

${stateName}已交回完整的自评清单（审议 ${reviewId}）。随函附上供${subjectName}使用的审议副本：${fileName}。

如何提出意见：
1. 用 Microsoft Word 或 LibreOffice 打开该文件。修订跟踪已开启：您的每处修改都以您的名义记录。
   可在任何位置添加批注。
2. 在每项条款下，于所设栏目中填写您的意见、所注意到的良好做法和您的建议。
3. 以 Word 格式（.docx）保存，不要重命名，然后回复本邮件交回，或放入与秘书处商定的审议文件夹。

审议秘书处
