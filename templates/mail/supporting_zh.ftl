<#-- The receipt of supporting documents that no checklist receipt listed (an e-mail or a drop without a return).
     First line: the subject; the rest: the body (and the receipt file in outbox/<ISO3>/). Fields: state, iso3,
     review (the State's open review, or ""), documents (list of {name, type, size, pages, encrypted, macros, noText,
     again, receivedOn: the day a document received again was first received}). -->
已收到佐证文件：${state}
尊敬的联络人：

秘书处已收到${state}的下列佐证文件，并为审议专家保存<#if review?has_content>（审议 ${review}）<#else>。${state}目前没有进行中的审议：文件已登记在${state}名下，审议开始时即可使用</#if>。

<#list documents as document>
  - ${document.name} (${document.type}, ${document.size}<#if document.pages?has_content>, ${document.pages} 页</#if>)<#if document.again> — 已于${document.receivedOn}收到</#if><#if document.encrypted> — 受密码保护：已保存，未读取其文本；如审议专家需要其文本，请发送一份无密码的副本</#if><#if document.macros> — 含有宏：已保存，未打开</#if><#if document.noText> — 无法读取文本（扫描件或图像）：已保存，但无法检索</#if>
</#list>

为便于审议专家查阅，请在依据相关法律或法规的清单答复中注明其名称或文件名。
如其中某个文件本应是贵方已填写的清单，请发送贵方收到的清单（.docx）本身，且不设密码。

秘书处
