using Portal.Core;
using Portal.Core.Cli;
using Portal.Core.Modules;
using Portal.Modules;
using Portal.Web;

var builder = WebApplication.CreateBuilder(args).UseBuildOutputAssets();

builder.Services.AddPortalCore(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddPortalModules(PortalModules.All, new ModuleContext(builder.Configuration, builder.Environment.ContentRootPath));
builder.Services.AddPortalWeb(builder.Configuration, builder.Environment);

var app = builder.Build();

if (CliDispatcher.IsCommand(app.Services, args))
{
    return await CliDispatcher.RunAsync(app.Services, args, CliConsole.System);
}

// The database's start (EF's model, migrations check, first start's recipes) and the request pipeline's wiring
// (pages, endpoints) need nothing from each other: on two cores, a restart reaches its first page sooner with
// both at once. Nothing is served before both are done.
var initialization = Task.Run(app.InitializePortalAsync);
app.RequireStaticAssets();
app.UsePortalWeb();
app.MapPortalModules();
app.MapRazorPages();
app.PrepareBesideInitialization();

await initialization;
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to integration tests.</summary>
public partial class Program;
