<#-- The answer to a file the desk could not process (held for the secretariat). First line: the subject;
     the rest: the body. Fields: fileName, received, registered (boolean: its answers were registered
     before the failure), version, sha256. -->
Reçu, à examiner par le secrétariat : ${fileName}
Madame, Monsieur,

Le secrétariat a reçu « ${fileName} » le ${received}<#if registered && version?has_content> et en a enregistré les réponses comme version ${version}</#if>, mais n’a pas pu le traiter automatiquement<#if registered> pour en préparer l’accusé de réception</#if>.

Le fichier est conservé en lieu sûr. Le secrétariat en a été informé, l’examinera et vous écrira. Il n’est pas nécessaire de le renvoyer.

Le secrétariat
