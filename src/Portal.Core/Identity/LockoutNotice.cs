using Portal.Core.Audit;
using Portal.Core.Email;
using Portal.Core.Public;
using Portal.Core.Text;

namespace Portal.Core.Identity;

/// <summary>
/// What happens when failed attempts lock an account: an audit entry, and an e-mail to the holder saying what
/// happened and what to do (no link that signs in, no code, nothing about who tried).
/// </summary>
public sealed class LockoutNotice(AuditTrail audit, IEmailSender email, PublicSite site)
{
    /// <summary>The actor of entries the portal writes by itself.</summary>
    public const string PortalActor = "portail";

    public Task AuditAsync(PortalUser user, int failures)
    {
        ArgumentNullException.ThrowIfNull(user);
        return audit.AppendAsync(PortalActor, AuditActions.AccountLockedOut, AuditSubject.Account(user.Id),
            $"verrouillé automatiquement après {failures} échecs de connexion", CancellationToken.None);
    }

    public Task MailAsync(PortalUser user, DateTimeOffset? lockedUntil, int failures)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(user.Email))
        {
            return Task.CompletedTask;
        }

        var until = lockedUntil is { } end ? $" jusqu'au {French.DateTime(end.UtcDateTime)} (heure de Paris)" : string.Empty;
        return email.SendAsync(new EmailMessage(user.Email, "Votre compte a été verrouillé après plusieurs échecs de connexion",
            $"""
            Bonjour,

            Votre compte du portail {site.Origin} a été verrouillé{until}, après {failures} tentatives de connexion échouées (mot de passe ou code de double authentification incorrect).

            Si c'était vous : attendez la fin du verrouillage, puis reconnectez-vous. Si vous avez oublié votre mot de passe, demandez-en un nouveau : {site.Url("/admin/mot-de-passe-oublie")}

            Si ce n'était pas vous : quelqu'un a peut-être essayé de deviner votre mot de passe, qui n'a pas été dévoilé. Par prudence, choisissez-en un nouveau à la fin du verrouillage, activez la double authentification ({site.Url("/admin/securite")}) et prévenez l'administrateur du portail.

            Nous ne vous demanderons jamais votre mot de passe par courriel.

            """));
    }
}
