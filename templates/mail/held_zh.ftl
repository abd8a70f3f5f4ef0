<#-- The answer to a file the desk could not process (held for the secretariat). First line: the subject;
     the rest: the body. Fields: fileName, received, registered (boolean: its answers were registered
     before the failure), version, sha256. -->
已收到，待秘书处处理：${fileName}
尊敬的联络人：

秘书处已于 ${received} 收到“${fileName}”<#if registered && version?has_content>，并已将其答复登记为第 ${version} 版</#if>，但未能自动处理该文件<#if registered>以生成回执</#if>。

该文件已妥善保存。秘书处已获通知，将对其进行查看并与您联系。无需再次发送。

秘书处
