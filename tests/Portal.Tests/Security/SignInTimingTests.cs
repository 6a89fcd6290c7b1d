using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Identity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Security;

/// <summary>Sign-in does the same password-hashing work for unknown addresses as for known ones, so its timing names no account.</summary>
public sealed class SignInTimingTests(SignInTimingTests.CountingFactory factory) : IClassFixture<SignInTimingTests.CountingFactory>
{
    /// <summary>The portal with the password hasher wrapped in a counter of verifications.</summary>
    public sealed class CountingFactory : PortalFactoryBase
    {
        public CountingHasher Hasher { get; } = new();

        protected override void Configure(IWebHostBuilder builder) =>
            builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<PortalUser>>(Hasher));
    }

    public sealed class CountingHasher : IPasswordHasher<PortalUser>
    {
        private readonly PasswordHasher<PortalUser> _inner = new();
        private int _verifications;

        public int Verifications => _verifications;

        public string HashPassword(PortalUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(PortalUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Fact]
    public async Task Unknown_address_goes_through_the_same_password_hashing_as_a_known_one()
    {
        var known = await VerificationsForAsync("admin@exemple.fr");
        var unknown = await VerificationsForAsync("personne-inconnue@exemple.fr");

        Assert.Equal(1, known);
        Assert.Equal(known, unknown);
    }

    private async Task<int> VerificationsForAsync(string email)
    {
        using var visitor = new BrowserlessUser(factory);
        var page = await visitor.GetAsync("/admin/connexion");
        var before = factory.Hasher.Verifications;
        var response = await visitor.SubmitAsync(page, "form", new() { ["Email"] = email, ["Password"] = "pas-le-bon-mot-de-passe" });
        var answer = await BrowserlessUser.ParseAsync("/admin/connexion", response);
        Assert.Contains("Adresse électronique ou mot de passe incorrect.", answer.Body!.TextContent, StringComparison.Ordinal);
        return factory.Hasher.Verifications - before;
    }
}
