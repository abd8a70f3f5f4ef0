<#-- The answer to a file received before (same bytes). First line: the subject; the rest: the body.
     Fields: fileName, earlierName, firstReceived, firstReceivedDay, version, accepted (boolean). -->
Déjà reçu : ${fileName}
Madame, Monsieur,

Le fichier « ${fileName} » a déjà été reçu le ${firstReceived}<#if earlierName != fileName> (sous le nom « ${earlierName} »)</#if><#if accepted && version?has_content> et enregistré comme version ${version}</#if>. Il n’a pas été traité une seconde fois ; aucune autre action n’est requise pour ce fichier.

Le secrétariat
