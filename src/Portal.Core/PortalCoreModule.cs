using Portal.Core.Caching;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Core.Audit;
using Portal.Core.Cli;
using Portal.Core.Cluster;
using Portal.Core.Content;
using Portal.Core.Email;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Recipes;
using Portal.Core.Settings;
using Portal.Core.Setup;
using Portal.Core.Throttling;

namespace Portal.Core;

/// <summary>The shared kernel every module builds on: database, content store, recipes, settings, accounts.</summary>
public static class PortalCoreModule
{
    public static IServiceCollection AddPortalCore(this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(PortalOptions.Section).Get<PortalOptions>() ?? new PortalOptions();
        var dataPath = Path.GetFullPath(Path.Combine(contentRootPath, options.DataPath));
        services.AddSingleton(options);
        services.AddSingleton(new Public.PublicSite(options.PublicUrl));
        services.AddScoped<Public.SiteFooter>();
        services.AddSingleton(new PortalPaths(dataPath, options.Setup.RecipesPath ?? Path.Combine(AppContext.BaseDirectory, "recipes")));
        services.TryAddSingleton(TimeProvider.System);
        // The Media module registers the real one after the core; this one answers when it is not composed.
        services.AddScoped<Files.IMediaFiles, Files.NoMediaFiles>();
        services.AddSingleton(new ContentTypeRegistry());
        services.AddSingleton<IContentValidator, TextLimitsValidator>();
        services.AddHostedService<Text.MarkdownLoggerSetup>();
        services.AddSingleton(provider => new AuditKey(configuration, provider.GetRequiredService<PortalPaths>()));
        services.AddSingleton<AuditHeadAnchor>();
        services.AddPortalDatabase(options, dataPath);
        services.AddScoped<ContentStore>();
        services.AddScoped<ContentStaging>();
        services.AddSingleton<SqliteWriteGate>();
        services.AddScoped<ContentBatch>();
        services.AddSingleton<Jobs.BackgroundJobs>();
        services.AddSingleton(provider => new Jobs.BackgroundStart(provider.GetService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>(), options.BackgroundStartDelay));
        services.AddPortalCluster();
        services.AddPublicCache();
        services.AddScoped<VersionWriters>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<AuditHeadMail>();
        services.AddHostedService<AuditHeadMailService>();
        services.AddScoped<LockoutNotice>();
        services.AddSingleton<ICliCommand, AuditCommand>();
        services.AddSingleton<ICliCommand, Recipes.RecipesCommand>();
        services.AddScoped<SiteSettingsStore>();
        services.AddScoped<RecipeExecutor>();
        services.AddScoped<IRecipeStepHandler, SettingsRecipeStep>();
        services.AddScoped<IRecipeStepHandler, RolesRecipeStep>();
        services.AddScoped<PortalInitializer>();
        services.AddScoped<AdminAccountSetup>();
        services.AddPortalEmail(options.Email.Smtp);
        services.AddFormThrottling(options.RateLimits);
        services.AddIdentityCore<PortalUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = 12;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
                identity.Tokens.AuthenticatorTokenProvider = SingleUseAuthenticatorTokenProvider.Name;
            })
            .AddUserManager<PortalUserManager>()
            .AddRoles<PortalRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddErrorDescriber<FrenchIdentityErrors>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(SingleUseAuthenticatorTokenProvider.Name);
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies(cookies =>
            cookies.ApplicationCookie?.Configure(cookie =>
            {
                cookie.LoginPath = "/admin/connexion";
                cookie.LogoutPath = "/admin/deconnexion";
                cookie.AccessDeniedPath = "/admin/acces-refuse";
                cookie.Cookie.Name = "portal.auth";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
            }));

        // Every authenticated request checks the account's security stamp (one indexed read): a role taken away,
        // a lock, a new password or a 2FA change (each renews the stamp) ends open sessions at their next request.
        services.Configure<SecurityStampValidatorOptions>(stamp => stamp.ValidationInterval = TimeSpan.Zero);
        return services;
    }

    /// <summary>Registers a content type: its name in documents and the record that holds it.</summary>
    public static IServiceCollection AddContentType<TContent>(this IServiceCollection services, string name, string label)
        where TContent : class
    {
        var registry = services.Single(d => d.ServiceType == typeof(ContentTypeRegistry)).ImplementationInstance as ContentTypeRegistry
            ?? throw new InvalidOperationException("AddPortalCore must come before AddContentType.");
        registry.Register(name, typeof(TContent), label);
        return services;
    }

    public static IServiceCollection AddModelContributor<TContributor>(this IServiceCollection services)
        where TContributor : class, IModelContributor =>
        services.AddSingleton<IModelContributor, TContributor>();
}
