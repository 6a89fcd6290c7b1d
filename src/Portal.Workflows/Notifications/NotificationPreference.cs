namespace Portal.Workflows.Notifications;

/// <summary>How a staff member wants the workflow's e-mails: one per event (the default), or one summary a day.</summary>
public sealed class NotificationPreference
{
    /// <summary>The account's user name (its sign-in address), as the workflow names actors.</summary>
    public required string UserName { get; set; }

    public bool DailyDigest { get; set; }
}

/// <summary>
/// A workflow e-mail held for someone's daily summary. Only the user name is kept (the address is looked up when
/// the summary goes, so a removed account gets nothing); rows are deleted once sent.
/// </summary>
public sealed class PendingNotification
{
    public long Id { get; set; }

    public required string UserName { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    public DateTime CreatedUtc { get; set; }
}
