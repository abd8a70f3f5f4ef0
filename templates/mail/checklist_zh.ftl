${stateName}自评清单：第${cycle}审议周期（请于${deadline}前答复）

尊敬的联络人：

随函附上${stateName}的自评清单，用于${mechanism}第${cycle}周期（审议 ${reviewId}）<#if agency?has_content>，由${agency}负责的部分</#if>。

答复方法：
1. 用 Microsoft Word 或 LibreOffice 打开附件 ${fileName}，在每个问题下方的灰色字段中作答。问题本身受到保护。
2. 以 Word 格式（.docx）保存。请勿重命名、转换为 PDF 或将答复复制到其他文件：文件带有自身的身份信息，交回时将予以核验。
3. 交回方式：回复本邮件并附上该文件，或将其放入与秘书处商定的共享文件夹。可多次交回；每次交回将逐字段更新上一次的内容。

请于${deadline}前交回。每收到一个文件，您都会收到一份回执，列明哪些条款已填写完整、哪些答复仍需处理。

审议秘书处
