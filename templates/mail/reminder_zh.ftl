<#switch kind><#case "self-assessment">提醒：${stateName}的自评清单截止日期为${deadline}<#break><#case "reviewer-comments">提醒：${subjectName}对${stateName}审议的意见截止日期为${deadline}<#break><#case "draft-reply">提醒：${stateName}对国别报告草稿的答复截止日期为${deadline}<#break><#case "follow-up">提醒：${stateName}须在${occasion}（${deadline}）之前提交后续行动最新情况<#break></#switch>

<#if name?has_content>${name}：<#else>尊敬的同事：</#if>

<#switch kind><#case "self-assessment">${stateName}的自评清单（审议 ${reviewId}）应于${deadline}提交。秘书处尚未收到全部内容完整、
且无待处理答复的各个部分。<#break><#case "reviewer-comments">${subjectName}对${stateName}自评的意见（审议 ${reviewId}）应于${deadline}提交。秘书处尚未收到
${subjectName}退回的审议副本。<#break><#case "draft-reply">${stateName}对其国别报告草稿的答复（审议 ${reviewId}）应于${deadline}提交。秘书处尚未收到附有
该国意见的草稿。<#break><#case "follow-up">请${stateName}在${deadline}开幕的${occasion}之前，报告其审议（${reviewId}）所提建议的落实情况。
自上届会议以来，秘书处尚未收到后续行动最新情况。<#break></#switch>

<#if when == "before">本提醒在截止日期前 ${days} 天发出。<#elseif when == "on">今天是截止日期。<#else>截止日期已过 ${days} 天。</#if>如您已在此期间提交，请忽略本邮件。

审议秘书处
