using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace Portal.Core.Email;

/// <summary>Chooses the transport from configuration and wraps it in the best-effort policy.</summary>
public static class EmailServices
{
    public static IServiceCollection AddPortalEmail(this IServiceCollection services, SmtpOptions smtp)
    {
        ArgumentNullException.ThrowIfNull(smtp);
        if (smtp.Enabled && !MailboxAddress.TryParse(smtp.FromAddress ?? string.Empty, out _))
        {
            // Fail at start-up, not at the first password reset.
            throw new InvalidOperationException("Portal:Email:Smtp:FromAddress doit être une adresse valide quand Portal:Email:Smtp:Host est renseigné.");
        }

        services.AddSingleton(smtp);
        services.AddSingleton<PickupFolderEmailSender>();
        services.AddSingleton<SmtpEmailSender>();
        services.TryAddSingleton<IEmailSender>(provider => new BestEffortEmailSender(
            smtp.Enabled ? provider.GetRequiredService<SmtpEmailSender>() : provider.GetRequiredService<PickupFolderEmailSender>(),
            provider.GetRequiredService<ILogger<BestEffortEmailSender>>()));
        return services;
    }
}
