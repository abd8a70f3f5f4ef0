<#ftl output_format="XML">
<#--
  Paragraph numbering: 1., 2., ... through the whole document, as United Nations documents
  number their paragraphs (numId 1, level 0, style UnPara); under a numbered lead-in ("It is
  recommended that the State party:") its subparagraphs lettered (a), (b), ... (level 1, style
  UnSubPara), the letters starting again under each lead-in, as level 1 restarts after level 0.
  Arabic drafts letter them in Arabic alphabetical order (أ، ب، ج ...).
-->
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="UnPara"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
      <w:pPr><w:tabs><w:tab w:val="num" w:pos="1701"/></w:tabs><w:ind w:left="1134" w:firstLine="0"/></w:pPr></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="<#if report.rtl>arabicAlpha<#else>lowerLetter</#if>"/><w:pStyle w:val="UnSubPara"/><w:lvlText w:val="(%2)"/><w:lvlJc w:val="left"/>
      <w:pPr><w:tabs><w:tab w:val="num" w:pos="2268"/></w:tabs><w:ind w:left="1134" w:firstLine="567"/></w:pPr></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>
