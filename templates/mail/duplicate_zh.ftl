<#-- The answer to a file received before (same bytes). First line: the subject; the rest: the body.
     Fields: fileName, earlierName, firstReceived, firstReceivedDay, version, accepted (boolean). -->
已收到：${fileName}
尊敬的联络人：

文件“${fileName}”已于 ${firstReceived} 收到<#if earlierName != fileName>（名为“${earlierName}”）</#if><#if accepted && version?has_content>，并登记为第 ${version} 版</#if>。该文件未被重复处理；无需就此文件采取进一步行动。

秘书处
