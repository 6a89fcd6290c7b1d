namespace Portal.Sortition.Drawing;

/// <summary>The French README.txt of every kit: enough to replay the draw without Portal.</summary>
public static class KitReadme
{
    public const string Text = """
        KIT DE VÉRIFICATION D'UN TIRAGE AU SORT — Portal

        D'ABORD : COMPARER L'ENGAGEMENT À CELUI PUBLIÉ AVANT LE TIRAGE
          Un kit cohérent ne prouve rien à lui seul : n'importe qui peut fabriquer un vivier, un
          engagement, une graine et un résultat qui concordent. Le tirage n'est vérifié que si
          l'empreinte SHA-256 de engagement.txt est celle affichée sur la page publique du tirage,
          et que cette page indique qu'elle a été publiée AVANT la date de l'aléa public.
            dotnet run --project src/Portal.Web -- sortition verify --kit kit.zip --page <adresse de la page du tirage>
          ou, avec l'empreinte relevée vous-même (journal, affichage, archive de la page) :
            dotnet run --project src/Portal.Web -- sortition verify --kit kit.zip --engagement <empreinte>
          Sans l'une ou l'autre, la commande rejoue le tirage et finit par ce qu'il reste à comparer.

        Ce kit permet à quiconque de refaire le tirage et d'obtenir exactement le même panel.
        Il ne contient aucune donnée personnelle : chaque volontaire y figure sous un identifiant
        pseudonyme aléatoire, avec ses seuls critères (canton, genre, âge…).

        Fichiers
          vivier.csv      le vivier sous forme canonique (UTF-8 sans BOM, fins de ligne LF,
                          en-tête « id » puis les critères triés par nom, lignes triées par id)
          quotas.json     les quotas sous forme canonique
          engagement.txt  l'engagement publié AVANT le tirage : empreintes SHA-256 du vivier et
                          des quotas, algorithme, règle de l'aléa public, date
          alea.txt        l'aléa public, connu seulement après l'engagement
          graine.txt      graine = SHA-256( empreinte de l'engagement en hexadécimal minuscule
                          suivie immédiatement de l'aléa public ), en UTF-8
          resultat.csv    titulaires puis suppléants, dans l'ordre
          panels.csv      (loterie) les panels engagés et leurs billets, 1 000 en tout
          probabilites.csv (loterie) billets et probabilité de chaque volontaire, recomptés
                          dans panels.csv : la plus petite est la chance minimale annoncée
          equite.txt      (loterie) ce que le calcul a atteint : chance minimale, optimum
                          prouvé ou non, niveaux LEXIMIN, égalité entre profils identiques

        Vérifier
          1. SHA-256(vivier.csv) et SHA-256(quotas.json) doivent être ceux écrits dans engagement.txt.
          2. L'empreinte de l'engagement est SHA-256(engagement.txt).
          3. Recalculer la graine comme ci-dessus et la comparer à graine.txt.
          4. Générateur : bloc i = SHA-256(graine ‖ i sur 8 octets gros-boutiste), i = 0, 1, 2… ;
             chaque bloc donne 8 entiers de 32 bits gros-boutistes, utilisés dans l'ordre.
             Entier dans [0, n) : tirer un mot w ; si w ≥ 2^32 − (2^32 mod n), le rejeter et
             recommencer ; sinon rendre w mod n.
          5. Algorithme portal-cellules/1 : pour chaque cellule des quotas, dans l'ordre de
             quotas.json (cellules sans titulaire ignorées), prendre ses volontaires dans l'ordre
             des id, les mélanger par Fisher–Yates (pour i de n−1 à 1 : échanger i et j = entier
             dans [0, i+1)) ; les premiers sont titulaires, les suivants suppléants
             (titulaires × substitutesPerMember), dans cet ordre.
             Algorithme portal-sequentiel/2 : voir docs/sortition.md (méthode séquentielle
             stratifiée pour quotas minimum/maximum).
             Algorithme portal-loterie/2 : panels.csv (engagé) liste des panels valides et leurs
             billets, 1 000 en tout ; vérifier que chaque panel respecte les quotas, tirer un
             entier t dans [0, 1000) et prendre le panel où le cumul des billets dépasse t.
             Suppléants (versions 2) : le profil d'un volontaire est la suite de ses valeurs
             sur les critères des quotas ; par tours, chaque titulaire (ordre des rangs) reçoit
             un suppléant tiré parmi les volontaires libres de même profil (ordre des id), à
             défaut parmi ceux dont l'échange avec lui respecte tous les quotas. Un titulaire
             qui se retire est remplacé par le premier suppléant non appelé de même strate.
             Les versions /1 (suppléants non stratifiés) se rejouent toujours : docs/sortition.md.
          6. Écrire le résultat comme resultat.csv et comparer octet par octet.

        Avec Portal : dotnet run --project src/Portal.Web -- sortition verify --kit kit.zip --page <adresse>
        (code de sortie 0 : vérifié ; 1 : ÉCHEC ; 3 : rejeu cohérent mais engagement non comparé)
        Description de référence : docs/sortition.md dans le dépôt de Portal.

        """;
}
