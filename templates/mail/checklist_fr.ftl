Liste de contrôle pour l'auto-évaluation : ${stateName}, cycle d'examen ${cycle} (réponse d'ici le ${deadline})

Madame, Monsieur,

Veuillez trouver ci-joint la liste de contrôle pour l'auto-évaluation de ${stateName} pour le cycle ${cycle}
du ${mechanism} (examen ${reviewId})<#if agency?has_content>, partie confiée à ${agency}</#if>.

Comment répondre :
1. Ouvrez le fichier joint ${fileName} dans Microsoft Word ou LibreOffice et répondez dans les
   champs grisés sous chaque question. Les questions elles-mêmes sont protégées.
2. Enregistrez-le au format Word (.docx). Ne le renommez pas, ne le convertissez pas en PDF et ne
   recopiez pas les réponses dans un autre fichier : le fichier porte sa propre identité, vérifiée
   à son retour.
3. Renvoyez-le en répondant à ce message avec le fichier en pièce jointe, ou déposez-le dans le
   dossier partagé convenu avec le secrétariat. Vous pouvez le renvoyer plusieurs fois ; chaque
   envoi met à jour le précédent, champ par champ.

Merci de le retourner au plus tard le ${deadline}. Vous recevrez un accusé de réception pour
chaque fichier, indiquant les dispositions complètes et les réponses qui demandent encore votre attention.

Le secrétariat de l'examen
