namespace Portal.Processes.Imports;

/// <summary>
/// A value an import reads: its French name (shown in the preview and in errors), whether every line needs it,
/// and the column names it is recognised by (normalised: lower case, no accents), the first present wins.
/// </summary>
public sealed record ImportField(string Label, bool Required, params string[] Names)
{
    public static readonly ImportField Code = new("code", false, "code", "numero", "n", "n°", "id", "reference");
    public static readonly ImportField Title = new("titre", false, "titre", "title", "title/fr", "intitule");
    public static readonly ImportField Text = new("texte", true, "texte", "text", "body", "proposition", "description", "contenu", "body/fr", "proposal", "contribution");
    public static readonly ImportField Theme = new("thème", false, "theme", "thematique", "category/name/fr", "categorie", "axe", "saisine");
    public static readonly ImportField VotesFor = new("votes pour", false, "pour", "votes pour", "votes_pour", "for", "votes_for", "votes_d_accord", "votes", "supports");
    public static readonly ImportField VotesAgainst = new("votes contre", false, "contre", "votes contre", "votes_contre", "against", "votes_against", "votes_pas_d_accord");
    public static readonly ImportField Abstentions = new("abstentions", false, "abstention", "abstentions", "votes_abstention", "abstain");
    public static readonly ImportField SubmittedOn = new("date de dépôt", false, "date de depot", "date_depot", "depot", "date", "submitted_at", "published_at", "created_at");
    public static readonly ImportField AuthorKind = new("type d'auteur", false, "type d'auteur", "type_auteur", "type auteur", "author_kind", "author type", "type de contributeur");
    public static readonly ImportField SourceUrl = new("adresse de la source", false, "source", "source_url", "url", "lien", "permalien", "adresse");
    public static readonly ImportField Decision = new("décision", false, "decision", "reponse");
    public static readonly ImportField Motivation = new("motivation", false, "motivation", "justification", "reponse motivee", "answer/fr", "answer");
    public static readonly ImportField BodyInCharge = new("instance chargée", false, "instance", "instance chargee", "instance_chargee", "porteur", "service");

    public static readonly ImportField ExistingCode = new("code de la proposition", true, "code", "numero", "n", "n°", "proposition", "proposal_urls", "reference", "id");
    public static readonly ImportField RequiredDecision = Decision with { Required = true };
    public static readonly ImportField RequiredMotivation = Motivation with { Required = true };
    public static readonly ImportField RequiredBodyInCharge = BodyInCharge with { Required = true };
    public static readonly ImportField Commitments = new("engagements", false, "engagements", "engagement", "commitments");
    public static readonly ImportField Deadline = new("échéance", false, "echeance", "deadline", "date limite");

    public static readonly ImportField FollowUpDate = new("date du suivi", true, "date", "date du suivi", "updated_at", "created_at");
    public static readonly ImportField Status = new("état", true, "etat", "statut", "status", "status/name/fr", "status/key");
    public static readonly ImportField Progress = new("avancement", false, "avancement", "texte", "progress_text", "description", "description/fr", "commentaire");
    public static readonly ImportField ResultTitle = new("titre du résultat", false, "titre", "title", "title/fr");
    public static readonly ImportField Percent = new("pourcentage d'avancement", false, "pourcentage", "progress", "progression");
    public static readonly ImportField Evidence = new("preuves (adresses)", false, "preuves", "preuve", "source_url", "source", "lien", "liens", "url");

    /// <summary>The values each kind of import reads, in the order they claim columns.</summary>
    public static IReadOnlyList<ImportField> For(ImportKind kind) => kind switch
    {
        ImportKind.Responses => [ExistingCode, RequiredDecision, RequiredMotivation, RequiredBodyInCharge, Commitments, Deadline],
        ImportKind.FollowUps => [ExistingCode, FollowUpDate, Status, Progress, ResultTitle, Percent, Evidence],
        _ => [Code, Title, Text, Theme, VotesFor, VotesAgainst, Abstentions, SubmittedOn, AuthorKind, SourceUrl, Decision, Motivation, BodyInCharge],
    };
}
