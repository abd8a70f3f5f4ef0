<#ftl output_format="XML">
<#--
  Styles of the report drafts, in the manner of United Nations documents: headings per chapter
  (Heading1 "I. Introduction", Heading2 the Convention's chapter, Heading3 the article, Heading4
  the provision, Heading5 the blueprint's sections), numbered paragraphs (UnPara) and lettered
  subparagraphs under a lead-in (UnSubPara; UnSubParaNext for a lettered item's further paragraphs),
  numbering of numbering.ftl. Fonts per language come from fonts.properties (fonts.latin, fonts.cs,
  fonts.eastAsia, fonts.eastAsiaEmphasis). Keep the style ids: the templates use them.
  Latin text is tagged English (w:lang w:val) in Arabic and Chinese drafts, their own text by w:bidi and
  w:eastAsia: LibreOffice breaks Latin words anywhere ("Procuremen / t") in a run whose w:val is zh-CN.
  Chinese drafts have no italics (Chinese fonts have no italic face, so Word and LibreOffice slant the
  glyphs): what is italic in the other languages is set in the emphasis font (KaiTi), as UN Chinese
  documents do.
-->
<#macro emphasis><#if report.language == "zh"><w:rFonts w:eastAsia="${fonts.eastAsiaEmphasis}"/><#else><w:i/><w:iCs/></#if></#macro>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:docDefaults>
    <w:rPrDefault><w:rPr>
      <w:rFonts w:ascii="${fonts.latin}" w:hAnsi="${fonts.latin}" w:eastAsia="${fonts.eastAsia}" w:cs="${fonts.cs}"/>
      <w:sz w:val="20"/><w:szCs w:val="22"/>
      <w:lang w:val="<#if report.rtl || report.language == "zh">en-GB<#else>${report.languageTag}</#if>" w:eastAsia="zh-CN" w:bidi="ar-SA"/>
    </w:rPr></w:rPrDefault>
    <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="atLeast"/></w:pPr></w:pPrDefault>
  </w:docDefaults>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
  <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
  <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>
    <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
  <w:style w:type="paragraph" w:styleId="IrmSymbol"><w:name w:val="IRM Symbol"/><w:basedOn w:val="Normal"/>
    <w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="000000"/></w:pBdr><w:spacing w:after="480"/><w:jc w:val="right"/></w:pPr>
    <w:rPr><w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
    <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="240"/><w:ind w:left="1134" w:right="1134"/></w:pPr>
    <w:rPr><w:b/><w:bCs/><w:sz w:val="34"/><w:szCs w:val="34"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
    <w:pPr><w:spacing w:after="360"/><w:ind w:left="1134" w:right="1134"/></w:pPr>
    <w:rPr><w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
    <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="240"/><w:ind w:left="1134" w:right="1134" w:hanging="1134"/><w:outlineLvl w:val="0"/></w:pPr>
    <w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
    <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="240"/><w:ind w:left="1134" w:right="1134" w:hanging="1134"/><w:outlineLvl w:val="1"/></w:pPr>
    <w:rPr><w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
    <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:ind w:left="1134" w:right="1134"/><w:outlineLvl w:val="2"/></w:pPr>
    <w:rPr><w:b/><w:bCs/><w:sz w:val="20"/><w:szCs w:val="22"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Heading4"><w:name w:val="heading 4"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
    <w:pPr><w:keepNext/><w:spacing w:before="120" w:after="120"/><w:ind w:left="1134" w:right="1134"/><w:outlineLvl w:val="3"/></w:pPr>
    <w:rPr><@emphasis/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Heading5"><w:name w:val="heading 5"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
    <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:ind w:left="1134" w:right="1134"/><w:outlineLvl w:val="4"/></w:pPr>
    <w:rPr><w:b/><w:bCs/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="UnPara"><w:name w:val="UN numbered paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/>
    <w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:ind w:left="1134" w:right="1134"/><w:jc w:val="both"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="UnSubPara"><w:name w:val="UN lettered subparagraph"/><w:basedOn w:val="Normal"/><w:qFormat/>
    <w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:ind w:left="1134" w:right="1134" w:firstLine="567"/><w:jc w:val="both"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="UnSubParaNext"><w:name w:val="UN subparagraph continued"/><w:basedOn w:val="Normal"/>
    <w:pPr><w:ind w:left="1134" w:right="1134" w:firstLine="1134"/><w:jc w:val="both"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="IrmCover"><w:name w:val="IRM Cover"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="1134" w:right="1134"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="IrmDraftNote"><w:name w:val="IRM Draft Note"/><w:basedOn w:val="Normal"/>
    <w:pPr><w:spacing w:before="240" w:after="480"/><w:ind w:left="1134" w:right="1134"/></w:pPr><w:rPr><w:color w:val="595959"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="IrmLanguageNote"><w:name w:val="IRM Language Note"/><w:basedOn w:val="Normal"/>
    <w:pPr><w:keepNext/><w:spacing w:after="0"/><w:ind w:left="1134" w:right="1134"/></w:pPr><w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="16"/><w:szCs w:val="18"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="IrmReference"><w:name w:val="IRM Reference"/><w:basedOn w:val="Normal"/>
    <w:pPr><w:keepNext/><w:spacing w:after="0"/><w:ind w:left="1134" w:right="1134"/></w:pPr><w:rPr><@emphasis/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="IrmTableHeading"><w:name w:val="IRM Table Heading"/><w:basedOn w:val="Normal"/>
    <w:pPr><w:keepNext/><w:spacing w:before="40" w:after="40"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="18"/><w:szCs w:val="20"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="IrmTableText"><w:name w:val="IRM Table Text"/><w:basedOn w:val="Normal"/>
    <w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="20"/></w:rPr></w:style>
  <w:style w:type="table" w:styleId="IrmTable"><w:name w:val="IRM Table"/><w:basedOn w:val="TableNormal"/>
    <w:tblPr><w:tblInd w:w="1134" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="2" w:space="0" w:color="7F7F7F"/></w:tblBorders></w:tblPr></w:style>
  <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="000000"/></w:pBdr><w:jc w:val="right"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>
</w:styles>
