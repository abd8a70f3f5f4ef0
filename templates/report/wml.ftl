<#ftl output_format="XML">
<#--
  Macros shared by the report templates. Paragraphs follow the direction of their text (w:bidi
  paragraphs and w:rtl runs for Arabic), runs carry their language (w:lang), East Asian text asks
  for the East Asian font (w:rFonts w:hint="eastAsia"). A Chinese run tags its Latin words English
  (w:val="en-GB", its Chinese by w:eastAsia) so LibreOffice does not break them mid-word, and is never
  italic: the emphasis font (fonts.eastAsiaEmphasis, KaiTi) stands for italics, as in UN Chinese documents. Each editable block sits in a content
  control tagged with its block key, wrapped in a bookmark named by the block's short code (the
  draft's block map links it back): keep both, the import finds the secretariat's edits by the tag,
  or by the bookmark when LibreOffice has dropped the tag.
  Element order inside w:pPr and w:rPr is the schema's: Word refuses other orders.
-->
<#assign sdtId = 0>
<#macro runProps lang rtl italic=false bold=false>
<w:rPr><#if lang?starts_with("zh")><w:rFonts w:hint="eastAsia"<#if italic> w:eastAsia="${fonts.eastAsiaEmphasis}"</#if>/></#if><#if bold><w:b/><w:bCs/></#if><#if italic && !lang?starts_with("zh")><w:i/><w:iCs/></#if><#if rtl><w:rtl/></#if><#if rtl><w:lang w:bidi="${lang}"/><#elseif lang?starts_with("zh")><w:lang w:val="en-GB" w:eastAsia="${lang}"/><#else><w:lang w:val="${lang}"/></#if></w:rPr>
</#macro>
<#macro run text lang=report.languageTag rtl=report.rtl italic=false bold=false>
<w:r><@runProps lang=lang rtl=rtl italic=italic bold=bold/><w:t xml:space="preserve">${text}</w:t></w:r>
</#macro>
<#-- One paragraph of one run; style is a style id of styles.ftl. -->
<#macro para style text="" lang=report.languageTag rtl=report.rtl italic=false bold=false>
<w:p><w:pPr><w:pStyle w:val="${style}"/><#if rtl><w:bidi/></#if></w:pPr><#if text?has_content><@run text=text lang=lang rtl=rtl italic=italic bold=bold/></#if></w:p>
</#macro>
<#-- A numbered paragraph, as United Nations documents number them: 1., 2., ... through the document. -->
<#macro numbered text>
<@para style="UnPara" text=text/>
</#macro>
<#-- A label and its value in one paragraph ("Review cycle: Second review cycle"). -->
<#macro labelled style label value>
<w:p><w:pPr><w:pStyle w:val="${style}"/><#if report.rtl><w:bidi/></#if></w:pPr><@run text=label + ": " bold=true/><@run text=value/></w:p>
</#macro>
<#-- An editable block: its language note (when the text is in another language), then its paragraphs in a tagged content control; the first in style, the others in next (a lettered item's further paragraphs take no letter of their own). -->
<#macro block b style="UnPara" next=style>
<#if b.languageNote?has_content><@para style="IrmLanguageNote" text=b.languageNote italic=true/></#if>
<#assign sdtId = sdtId + 1>
<w:bookmarkStart w:id="${sdtId?c}" w:name="${b.bookmark}"/><w:sdt><w:sdtPr><w:alias w:val="${b.reference}"/><w:tag w:val="${b.tag}"/><w:id w:val="${sdtId?c}"/><#if b.placeholder><w:showingPlcHdr/></#if></w:sdtPr><w:sdtContent>
<#list b.paragraphs as text><@para style=text?is_first?then(style, next) text=text lang=b.languageTag rtl=b.rtl/></#list>
</w:sdtContent></w:sdt><w:bookmarkEnd w:id="${sdtId?c}"/>
</#macro>
<#-- The technical-assistance needs of a list as a table: category, provision, description (editable). No row is split across pages (w:cantSplit); the heading row repeats on each page. -->
<#macro taTable needs>
<w:tbl><w:tblPr><w:tblStyle w:val="IrmTable"/><#if report.rtl><w:bidiVisual/></#if><w:tblW w:w="5000" w:type="pct"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>
<w:tblGrid><w:gridCol w:w="2600"/><w:gridCol w:w="2200"/><w:gridCol w:w="4270"/></w:tblGrid>
<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>
<w:tc><w:tcPr><w:tcW w:w="2600" w:type="dxa"/></w:tcPr><@para style="IrmTableHeading" text=t("report.ta.category")/></w:tc>
<w:tc><w:tcPr><w:tcW w:w="2200" w:type="dxa"/></w:tcPr><@para style="IrmTableHeading" text=t("report.ta.provision")/></w:tc>
<w:tc><w:tcPr><w:tcW w:w="4270" w:type="dxa"/></w:tcPr><@para style="IrmTableHeading" text=t("report.ta.description")/></w:tc>
</w:tr>
<#list needs as need>
<w:tr><w:trPr><w:cantSplit/></w:trPr>
<w:tc><w:tcPr><w:tcW w:w="2600" w:type="dxa"/></w:tcPr><@para style="IrmTableText" text=need.category/></w:tc>
<w:tc><w:tcPr><w:tcW w:w="2200" w:type="dxa"/></w:tcPr><@para style="IrmTableText" text=need.provision/></w:tc>
<w:tc><w:tcPr><w:tcW w:w="4270" w:type="dxa"/></w:tcPr><@block b=need.description style="IrmTableText"/></w:tc>
</w:tr>
</#list>
</w:tbl>
<@para style="Normal"/>
</#macro>
<#-- The section: A4, margins, header and footer from the second page (the first has the symbol as its masthead), right to left for Arabic. -->
<#macro section>
<w:sectPr><w:headerReference w:type="default" r:id="${parts.header}"/><w:footerReference w:type="default" r:id="${parts.footer}"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1134" w:bottom="1418" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/><w:pgNumType w:start="1"/><w:titlePg/><#if report.rtl><w:bidi/></#if></w:sectPr>
</#macro>
