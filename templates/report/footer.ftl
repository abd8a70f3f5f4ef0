<#ftl output_format="XML">
<#-- The page footer: the page number (a Word field), with the label report.footer.page ({0} the page). -->
<#assign pageText = t("report.footer.page", "\x0001")?split("\x0001")>
<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<w:p><w:pPr><w:pStyle w:val="Footer"/><#if report.rtl><w:bidi/></#if></w:pPr>
<#if pageText[0]?has_content><w:r><#if report.rtl><w:rPr><w:rtl/></w:rPr></#if><w:t xml:space="preserve">${pageText[0]}</w:t></w:r></#if>
<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
<#if (pageText?size > 1) && pageText[1]?has_content><w:r><#if report.rtl><w:rPr><w:rtl/></w:rPr></#if><w:t xml:space="preserve">${pageText[1]}</w:t></w:r></#if>
</w:p>
</w:ftr>
