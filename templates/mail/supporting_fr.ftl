<#-- The receipt of supporting documents that no checklist receipt listed (an e-mail or a drop without a return).
     First line: the subject; the rest: the body (and the receipt file in outbox/<ISO3>/). Fields: state, iso3,
     review (the State's open review, or ""), documents (list of {name, type, size, pages, encrypted, macros, noText,
     again, receivedOn: the day a document received again was first received}). -->
Documents justificatifs reçus : ${state}
Madame, Monsieur,

Le secrétariat a reçu les documents justificatifs suivants de ${state} et les conserve pour les examinateurs<#if review?has_content> de l'examen ${review}<#else>. Aucun examen de ${state} n'est ouvert à ce jour : ils sont enregistrés pour ${state} et seront disponibles à l'ouverture de son examen</#if>.

<#list documents as document>
  - ${document.name} (${document.type}, ${document.size}<#if document.pages?has_content>, ${document.pages} pages</#if>)<#if document.again> — déjà reçu le ${document.receivedOn}</#if><#if document.encrypted> — protégé par un mot de passe : conservé, son texte n'est pas lu ; si les examinateurs ont besoin de son texte, veuillez envoyer une copie sans mot de passe</#if><#if document.macros> — contient des macros : conservé, non ouvert</#if><#if document.noText> — aucun texte lisible (document numérisé ou image) : conservé, mais introuvable par la recherche</#if>
</#list>

Pour aider les examinateurs, veuillez citer chaque loi ou règlement (son titre ou le nom du fichier) dans les réponses de la liste de contrôle qui s'y réfèrent.
Si l'un de ces fichiers devait être votre liste de contrôle remplie, envoyez la liste de contrôle reçue (.docx) elle-même, sans mot de passe.

Le secrétariat
