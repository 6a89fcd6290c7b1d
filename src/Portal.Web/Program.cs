using Portal.Core;
using Portal.Processes;
using Portal.Site;
using Portal.Web;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddPortalCore(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddProcesses();
builder.Services.AddSite();
builder.Services.AddPortalWeb();

var app = builder.Build();

app.UsePortalWeb();
app.MapSite();
app.MapRazorPages();

await app.InitializePortalAsync();
await app.RunAsync();

/// <summary>Entry point, visible to integration tests.</summary>
public partial class Program;
