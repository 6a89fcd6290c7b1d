using Microsoft.AspNetCore.Identity;
using Portal.Core.Identity;

namespace Portal.Core.Setup;

/// <summary>
/// Creates the first administrator from <c>Portal:Setup:AdminEmail</c> / <c>AdminPassword</c>. Without a
/// password a random one is generated and printed once on the console (never logged, never a default).
/// </summary>
public sealed class AdminAccountSetup(UserManager<PortalUser> users, PortalOptions options)
{
    public const string DefaultAdminEmail = "admin@portail.invalid";

    /// <summary>Where the one-time password is printed; the console unless a test says otherwise.</summary>
    public TextWriter Output { get; set; } = Console.Out;

    public async Task CreateFirstAdministratorAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var email = string.IsNullOrWhiteSpace(options.Setup.AdminEmail) ? DefaultAdminEmail : options.Setup.AdminEmail.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var password = options.Setup.AdminPassword;
        var generated = string.IsNullOrEmpty(password);
        if (generated)
        {
            password = OneTimePasswords.Generate();
        }

        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administrateur" };
        Check(await users.CreateAsync(user, password!));
        Check(await users.AddToRoleAsync(user, PortalRoles.Administrator));
        if (generated)
        {
            await Output.WriteLineAsync(
                $"Premier administrateur créé : {email}, mot de passe à usage unique : {password} (affiché une seule fois, à changer après connexion).");
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Création de l'administrateur impossible : " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
