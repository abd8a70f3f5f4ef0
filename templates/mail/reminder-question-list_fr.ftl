Rappel : dialogue écrit, questions en attente de réponse, ${stateName} (examen ${reviewId})

<#if name?has_content>${name},<#else>Madame, Monsieur,</#if>

Le ${deadline}, le secrétariat a adressé à l'État examiné (${stateName}) une liste de questions des
États examinateurs et du secrétariat sur ses réponses à la liste de contrôle (examen ${reviewId}) :
${occasion}. Les réponses ne nous sont pas encore parvenues.

Veuillez écrire vos réponses dans la liste<#if fileName?has_content>, jointe à nouveau,</#if> et la renvoyer en répondant à ce
message ou par le dossier partagé. Une question laissée vide reste ouverte et figurera dans la
prochaine liste. Si vous l'avez envoyée entre-temps, veuillez ne pas tenir compte de ce message.

Le secrétariat de l'examen
