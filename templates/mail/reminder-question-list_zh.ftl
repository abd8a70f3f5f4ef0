提醒：书面对话中向${stateName}提出的问题尚待答复（审议 ${reviewId}）

<#if name?has_content>${name}：<#else>联络人：</#if>

秘书处已于${deadline}向${stateName}发送审议国和秘书处就其自评清单答复提出的问题清单（审议 ${reviewId}）：${occasion}。
秘书处尚未收到答复。

请在问题清单<#if fileName?has_content>（再次附上）</#if>中填写答复，并通过回复本邮件或共享文件夹发回。留空的问题仍未结，
将列入下一份问题清单。如您已在此期间发送，请忽略本邮件。

审议秘书处
