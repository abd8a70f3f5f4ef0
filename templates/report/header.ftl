<#ftl output_format="XML">
<#-- The page header: the document symbol (irm.report.symbols, irm.report.symbol), none until one is assigned. -->
<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<w:p><w:pPr><w:pStyle w:val="Header"/><#if report.rtl><w:bidi/></#if></w:pPr><#if report.symbol?has_content><w:r><w:rPr><w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">${report.symbol}</w:t></w:r></#if></w:p>
</w:hdr>
