Copie d'examen : l'auto-évaluation de ${stateName} pour vos observations (examen ${reviewId})

<#if name?has_content>${name},<#else>Madame, Monsieur,</#if>

${stateName} a renvoyé sa liste de contrôle pour l'auto-évaluation, complète (examen ${reviewId}).
Veuillez trouver ci-joint la copie d'examen destinée à ${subjectName} : ${fileName}.

Comment formuler vos observations :
1. Ouvrez le fichier dans Microsoft Word ou LibreOffice. Le suivi des modifications est activé :
   chaque modification est enregistrée sous votre nom. Les commentaires sont possibles partout.
2. Sous chaque disposition, inscrivez vos observations, les bonnes pratiques relevées et vos
   recommandations dans les champs prévus.
3. Enregistrez-le au format Word (.docx) sans le renommer et renvoyez-le en répondant à ce message,
   ou déposez-le dans le dossier d'examen convenu avec le secrétariat.

Le secrétariat de l'examen
