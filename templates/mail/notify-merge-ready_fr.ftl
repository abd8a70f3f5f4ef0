Examen de ${stateName} : toutes les copies des examinateurs sont arrivées, la fusion est prête (examen ${reviewId})

Madame, Monsieur,

Les copies d'examen de tous les États examinateurs de ${stateName} (examen ${reviewId}) sont revenues.
L'examen consolidé peut être établi : irm merge --state ${state}

La chaîne de traitement de l'examen
