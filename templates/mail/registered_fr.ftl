<#-- The answer to a registered return. First line: the subject; the rest: the body (and the receipt file).
     Fields: state, iso3, agency, fileName, received, version, checklistId, answered, fields, complete (list of
     provision titles), incomplete (list of {title, problems}), pending (list), findings, annotated (file name or ""),
     conflicts (list). -->
Liste de contrôle reçue : ${state}<#if agency?has_content> (${agency})</#if>, version ${version}
Madame, Monsieur,

Le secrétariat a reçu votre liste de contrôle « ${fileName} » le ${received} et l’a enregistrée comme version ${version}<#if agency?has_content> de la partie de ${agency}</#if>.

Réponses reçues : ${answered} sur ${fields} champs.
<#if incomplete?has_content>

Points à corriger (${findings}) :
<#list incomplete as provision>
  ${provision.title}
<#list provision.problems as problem>
    - ${problem}
</#list>
</#list>
<#else>

Merci : aucun point ne reste à corriger dans ce retour.
</#if>
<#if pending?has_content>

Réponses qui portent encore des modifications suivies ou des commentaires (lues comme acceptées ; veuillez les accepter ou les refuser et renvoyer la liste) :
<#list pending as where>
  - ${where}
</#list>
</#if>
<#if conflicts?has_content>

Réponses qui diffèrent de celle d’un autre organisme à la même question (la plus récente est retenue ; veuillez convenir d’une seule réponse et la renvoyer) :
<#list conflicts as conflict>
  - ${conflict}
</#list>
</#if>
<#if annotated?has_content>

Votre fichier vous est renvoyé sous le nom « ${annotated} », avec un commentaire du secrétariat sur chaque champ à corriger ; votre texte n’est pas modifié.
</#if>
<#if complete?has_content>

Dispositions complètes (${complete?size}) :
<#list complete as provision>
  - ${provision}
</#list>
</#if>
<#if supporting?has_content>

Documents justificatifs reçus avec lui (${supporting?size}), conservés pour les examinateurs :
<#list supporting as document>
  - ${document.name} (${document.type}, ${document.size}<#if document.pages?has_content>, ${document.pages} pages</#if>)<#if document.receivedOn?has_content> — déjà reçu le ${document.receivedOn}</#if><#if document.encrypted> — protégé par un mot de passe : conservé, son texte n'est pas lu ; si les examinateurs ont besoin de son texte, veuillez envoyer une copie sans mot de passe</#if><#if document.macros> — contient des macros : conservé, non ouvert</#if><#if document.noText> — aucun texte lisible (document numérisé ou image) : conservé, mais introuvable par la recherche</#if>
</#list>
</#if>

Vous pouvez envoyer une version mise à jour avant la date limite ; la dernière version reçue est examinée.

Le secrétariat
