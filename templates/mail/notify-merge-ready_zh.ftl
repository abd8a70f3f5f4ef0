${stateName}审议：所有审议方副本均已收到，可以合并（审议 ${reviewId}）

尊敬的同事：

${stateName}审议（${reviewId}）的所有审议国副本均已交回。可以编写合并审议：irm merge --state ${state}

审议处理系统
