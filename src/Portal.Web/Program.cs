using Portal.Admin;
using Portal.Core;
using Portal.Core.Cli;
using Portal.Media;
using Portal.Processes;
using Portal.Search;
using Portal.Site;
using Portal.Workflows;
using Portal.Sortition;
using Portal.Sortition.Fairness;
using Portal.Web;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddPortalCore(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddProcesses();
builder.Services.AddSite();
builder.Services.AddAdmin();
builder.Services.AddWorkflows();
builder.Services.AddSearch();
builder.Services.AddSortition();
builder.Services.AddSortitionFairness();
builder.Services.AddMedia(builder.Configuration);
builder.Services.AddPortalWeb(builder.Configuration, builder.Environment);

var app = builder.Build();

if (CliDispatcher.IsCommand(app.Services, args))
{
    return await CliDispatcher.RunAsync(app.Services, args, CliConsole.System);
}

app.UsePortalWeb();
app.MapSite();
app.MapAdmin();
app.MapSearch();
app.MapSortition();
app.MapMedia();
app.MapRazorPages();

await app.InitializePortalAsync();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to integration tests.</summary>
public partial class Program;
