Projet de rapport de pays de ${stateName} disponible (examen ${reviewId})

<#if name?has_content>${name},<#else>Madame, Monsieur,</#if>

Le projet de rapport d'examen de pays de ${stateName} (examen ${reviewId}) est prêt.<#if fileName?has_content> Il est joint :
${fileName}.</#if> Modifiez le texte dans ses champs avec Word ou LibreOffice et renvoyez-le en
répondant à ce message ou par le dossier partagé ; vos modifications seront reprises dans le projet suivant.

Le secrétariat de l'examen
