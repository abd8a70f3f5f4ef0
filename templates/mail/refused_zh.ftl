<#-- The answer to a refused file. First line: the subject; the rest: the body.
     Fields: fileName, received, code, reason, sha256. -->
文件未被接受：${fileName}
尊敬的联络人：

秘书处已于 ${received} 收到“${fileName}”，但无法接受。

原因（${code}）：
${reason}

未从该文件登记任何内容。请重新发送更正后的文件。

秘书处
