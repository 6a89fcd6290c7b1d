using Microsoft.Extensions.Configuration;

namespace Portal.Core.Modules;

/// <summary>What a module may read while it registers its services.</summary>
public sealed record ModuleContext(IConfiguration Configuration, string ContentRootPath);
