namespace Portal.Tests.Infrastructure;

/// <summary>The messages the portal wrote to its pickup folder (the data folder's « mail »): recipient, decoded subject, text body.</summary>
internal static class PickupMail
{
    public static async Task<List<(string To, string Subject, string Body)>> ReadAsync(string folder)
    {
        var messages = new List<(string, string, string)>();
        foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
        {
            var message = await MimeKit.MimeMessage.LoadAsync(file, TestContext.Current.CancellationToken);
            messages.Add((message.To.Mailboxes.Single().Address, message.Subject ?? string.Empty, message.TextBody ?? string.Empty));
        }

        return messages;
    }
}
