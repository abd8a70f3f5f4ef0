<#ftl output_format="XML">
<#--
  Paragraph numbering: 1., 2., ... through the whole document, as United Nations documents
  number their paragraphs (numId 1, style UnPara), recommendations included.
-->
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="UnPara"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
      <w:pPr><w:tabs><w:tab w:val="num" w:pos="1701"/></w:tabs><w:ind w:left="1134" w:firstLine="0"/></w:pPr></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>
