Examen de ${stateName}: han llegado las copias de todos los examinadores, la fusión está lista (examen ${reviewId})

Estimado/a colega:

Han vuelto las copias de examen de todos los Estados examinadores de ${stateName} (examen ${reviewId}).
Puede elaborarse el examen consolidado: irm merge --state ${state}

La cadena de tramitación del examen
