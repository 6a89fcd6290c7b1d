using Microsoft.AspNetCore.Identity;

namespace Portal.Core.Identity;

public sealed class PortalRole : IdentityRole
{
    public PortalRole()
    {
    }

    public PortalRole(string name)
        : base(name)
    {
    }

    public string? Description { get; set; }
}
