using Microsoft.AspNetCore.Identity;

namespace Portal.Core.Identity;

public sealed class PortalUser : IdentityUser
{
    public string? DisplayName { get; set; }
}
