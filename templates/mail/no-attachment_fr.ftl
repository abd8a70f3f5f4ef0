Votre message au secrétariat de l'examen ne contenait aucune pièce jointe

Nous vous remercions de votre message<#if subject?has_content> « ${subject} »</#if>.

Il est parvenu au secrétariat de l'examen sans pièce jointe : rien n'a donc pu être enregistré.
Pour retourner votre liste de contrôle pour l'auto-évaluation, veuillez répondre en joignant le
fichier Word (.docx) complété que le secrétariat vous a envoyé. Merci de ne pas le renommer ni le
convertir, et de ne pas l'envoyer en PDF : le fichier indique lui-même l'examen et l'État concernés.

Ceci est une réponse automatique du service de réception du secrétariat.
