using Portal.Core.Cli;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>The operators' command line: <c>users add | list | lock | unlock</c>.</summary>
public sealed class UsersCommandTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<(int Code, string Out, string Error)> RunAsync(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliDispatcher.RunAsync(factory.Services, args, new CliConsole(new StringReader(input), output, error), TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Add_with_a_password_from_standard_input_then_list_and_lock()
    {
        var added = await RunAsync("Un-mot-de-passe-solide-2\n", "users", "add", "--email", "redaction@exemple.fr", "--role", "Éditeur", "--password-stdin");
        Assert.Equal(0, added.Code);
        Assert.DoesNotContain("Un-mot-de-passe-solide-2", added.Out, StringComparison.Ordinal);

        var listed = await RunAsync(string.Empty, "users", "list");
        Assert.Contains("redaction@exemple.fr\tÉditeur", listed.Out, StringComparison.Ordinal);
        Assert.Contains("admin@exemple.fr\tAdministrateur", listed.Out, StringComparison.Ordinal);

        Assert.Equal(0, (await RunAsync(string.Empty, "users", "lock", "--email", "redaction@exemple.fr")).Code);
        Assert.Contains("redaction@exemple.fr\tÉditeur\tverrouillé", (await RunAsync(string.Empty, "users", "list")).Out, StringComparison.Ordinal);
        using var user = new BrowserlessUser(factory);
        var signIn = await user.SubmitAsync("/admin/connexion", "form", new() { ["Email"] = "redaction@exemple.fr", ["Password"] = "Un-mot-de-passe-solide-2" });
        Assert.Equal(System.Net.HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task Add_without_a_password_prints_a_generated_one_once()
    {
        var added = await RunAsync(string.Empty, "users", "add", "--email", "copil@exemple.fr", "--role", "Membre du COPIL");

        Assert.Equal(0, added.Code);
        var password = added.Out.Split("(affiché une seule fois) : ")[1].Trim();
        using var user = new BrowserlessUser(factory);
        var signIn = await user.SubmitAsync("/admin/connexion", "form", new() { ["Email"] = "copil@exemple.fr", ["Password"] = password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task Bad_input_gets_a_French_error_and_a_non_zero_code()
    {
        var unknownRole = await RunAsync(string.Empty, "users", "add", "--email", "x@exemple.fr", "--role", "Pirate");
        var weak = await RunAsync("court\n", "users", "add", "--email", "y@exemple.fr", "--role", "Éditeur", "--password-stdin");
        var missing = await RunAsync(string.Empty, "users", "lock");

        Assert.Equal(1, unknownRole.Code);
        Assert.Contains("Rôle inconnu « Pirate »", unknownRole.Error, StringComparison.Ordinal);
        Assert.Equal(1, weak.Code);
        Assert.Contains("au moins 12 caractères", weak.Error, StringComparison.Ordinal);
        Assert.Equal(2, missing.Code);
        Assert.DoesNotContain("y@exemple.fr", (await RunAsync(string.Empty, "users", "list")).Out, StringComparison.Ordinal);
    }
}
