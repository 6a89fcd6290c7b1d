using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Audit;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Recipes;
using Portal.Site;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Audit;

/// <summary>Every morning the audit chain's head leaves the server by e-mail, to the administrators only.</summary>
public sealed class AuditHeadMailTests
{
    [Theory]
    [DatabaseEngines]
    public async Task The_administrators_receive_the_head_that_audit_verify_must_reach(DatabaseEngine engine)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(Path.Combine(AppContext.BaseDirectory, "recipes", "setup.recipe.json"), ct);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        foreach (var (name, role) in new[] { ("admin@exemple.fr", PortalRoles.Administrator), ("redaction@exemple.fr", PortalRoles.Editor) })
        {
            var user = new PortalUser { UserName = name, Email = name, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, "Mot-de-passe-de-test-1")).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        var mail = scope.ServiceProvider.GetRequiredService<AuditHeadMail>();
        await scope.ServiceProvider.GetRequiredService<ContentStore>().CreateAsync(new NewContentItem(new FreePage("Méthode", "methode", "Texte"), "redaction@exemple.fr"), ct);

        Assert.Equal(1, await mail.SendAsync(ct));

        var head = scope.ServiceProvider.GetRequiredService<AuditHeadAnchor>().Read()!;
        var message = Assert.Single(await PickupMail.ReadAsync(Path.Combine(database.Folder, "mail")));
        Assert.Equal("admin@exemple.fr", message.To);
        Assert.Contains($"entrée n° {head.Sequence}", message.Subject, StringComparison.Ordinal);
        Assert.Contains(head.Hash, message.Body, StringComparison.Ordinal);
        Assert.True((await scope.ServiceProvider.GetRequiredService<AuditTrail>().VerifyAsync(ct)).Intact);
    }
}
