<#switch kind><#case "self-assessment">Rappel : liste de contrôle pour l'auto-évaluation de ${stateName} attendue le ${deadline}<#break><#case "reviewer-comments">Rappel : observations de ${subjectName} sur l'examen de ${stateName} attendues le ${deadline}<#break><#case "draft-reply">Rappel : réponse de ${stateName} au projet de rapport de pays attendue le ${deadline}<#break><#case "follow-up">Rappel : informations de suivi de ${stateName} attendues avant la ${occasion} (${deadline})<#break></#switch>

<#if name?has_content>${name},<#else>Madame, Monsieur,</#if>

<#switch kind><#case "self-assessment">La liste de contrôle pour l'auto-évaluation de ${stateName} (examen ${reviewId}) est attendue
le ${deadline}. Le secrétariat n'en a pas encore reçu toutes les parties, complètes et sans
réponses qui demandent encore attention.<#break><#case "reviewer-comments">Les observations de ${subjectName} sur l'auto-évaluation de ${stateName} (examen ${reviewId})
sont attendues le ${deadline}. Le secrétariat n'a pas encore reçu en retour la copie d'examen de
${subjectName}.<#break><#case "draft-reply">La réponse de ${stateName} à son projet de rapport de pays (examen ${reviewId}) est attendue
le ${deadline}. Le secrétariat n'a pas encore reçu le projet en retour avec les observations de l'État.<#break><#case "follow-up">${stateName} est invité à rendre compte de la mise en œuvre des recommandations de son examen
(${reviewId}) avant la ${occasion}, qui s'ouvre le ${deadline}. Le secrétariat n'a pas reçu
d'informations de suivi depuis la dernière session.<#break></#switch>

<#if when == "before">Ce rappel vous est adressé ${days} jour(s) avant l'échéance.<#elseif when == "on">L'échéance est aujourd'hui.<#else>L'échéance est passée depuis ${days} jour(s).</#if> Si vous l'avez envoyé entre-temps,
veuillez ne pas tenir compte de ce message.

Le secrétariat de l'examen
