using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Identity;
using Portal.Processes.Organisations;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Organisations;

/// <summary>People of organisations as the tests need them: accounts with no site-wide role, members of one organisation.</summary>
internal static class OrganisationMembers
{
    private const string Password = "Un-mot-de-passe-solide-1";

    /// <summary>Creates (or updates) an organisation owning these processes.</summary>
    public static async Task<Organisation> OrganisationAsync(PortalFactoryBase factory, string name, params string[] processes)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<OrganisationStore>();
        var slug = new OrganisationInput(name, null).SlugOrDefault;
        var organisation = (await store.SaveAsync((await store.FindAsync(slug))?.Slug, new OrganisationInput(name, null, OrganisationKind.Collectivite), "test")).Organisation!;
        foreach (var process in processes)
        {
            await store.AssignAsync(organisation, process, "test");
        }

        return organisation;
    }

    /// <summary>A new account without any site-wide role (or with <paramref name="siteRole"/>), member of the organisation, signed in.</summary>
    public static async Task<BrowserlessUser> SignedInMemberAsync(PortalFactoryBase factory, Organisation organisation, OrganisationRole role, string? siteRole = null)
    {
        var email = $"{Guid.NewGuid():N}@exemple.fr";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            if (siteRole is not null)
            {
                Assert.True((await users.AddToRoleAsync(user, siteRole)).Succeeded);
            }

            await scope.ServiceProvider.GetRequiredService<OrganisationStore>().SetMemberAsync(organisation, email, role, "test");
        }

        var member = new BrowserlessUser(factory) { Email = email };
        var response = await member.SubmitAsync("/admin/connexion", "form", new() { ["Email"] = email, ["Password"] = Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return member;
    }

    /// <summary>A new account with a site-wide role, seated on a committee of the process, signed in.</summary>
    public static async Task<BrowserlessUser> SeatedAsync(PortalFactoryBase factory, string role, string process, Portal.Workflows.Committees.CommitteeKind kind)
    {
        var user = await BrowserlessUser.SignedInAsync(factory, role);
        await using var scope = factory.Services.CreateAsyncScope();
        var seat = new Portal.Workflows.Committees.CommitteeSeat { DisplayName = "Membre fictif", UserName = user.Email };
        Assert.True(await scope.ServiceProvider.GetRequiredService<Portal.Workflows.Committees.ProcessCommittees>().SeatAsync(process, kind, seat, "test"));
        return user;
    }
}
