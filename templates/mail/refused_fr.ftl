<#-- The answer to a refused file. First line: the subject; the rest: the body.
     Fields: fileName, received, code, reason, sha256. -->
Fichier non accepté : ${fileName}
Madame, Monsieur,

Le secrétariat a reçu « ${fileName} » le ${received} mais n’a pas pu l’accepter.

Motif (${code}) :
${reason}

Rien n’a été enregistré à partir de ce fichier. Veuillez renvoyer le fichier corrigé.

Le secrétariat
