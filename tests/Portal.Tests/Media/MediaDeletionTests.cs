using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Audit;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Site;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Media;

/// <summary>Deleting a media: refused while a page uses it unless those pages are confirmed by name, and always audited.</summary>
public sealed class MediaDeletionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Media_used_by_a_draft_page_is_kept_until_the_editor_confirms_that_page()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var id = await MediaForm.StoredIdAsync(await MediaForm.UploadAsync(editor, TestFiles.Png(40, 40), "plan.png", "image/png", altText: "Plan du quartier"));
        var pageId = $"page-media-{Guid.NewGuid():N}";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<ContentStore>().CreateAsync(
                new NewContentItem(new FreePage("Plan de la concertation", pageId, $"![Plan](/medias/{id}/full.jpg)"), editor.Email) { ContentItemId = pageId }, Cancel);
            Assert.True(created.Succeeded);
        }

        var refused = await editor.SubmitAsync(await editor.GetAsync("/admin/medias"), $"#supprimer-{id}", []);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var warning = await BrowserlessUser.ParseAsync("/admin/medias", refused);
        Assert.Contains("Plan de la concertation", warning.QuerySelector("#suppression-a-confirmer")!.TextContent, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(factory.DataPath, "media", id)));

        var confirmed = await editor.SubmitAsync(warning, "#confirmer-suppression", []);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.False(Directory.Exists(Path.Combine(factory.DataPath, "media", id)));
        var entry = await AuditEntryAsync(id);
        Assert.Equal((editor.Email, AuditActions.MediaDeleted), (entry.Actor, entry.Action));
        Assert.Contains(pageId, entry.Comment, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_an_unused_media_is_audited()
    {
        using var editor = await BrowserlessUser.SignedInAsync(factory, PortalRoles.Editor);
        var id = await MediaForm.StoredIdAsync(await MediaForm.UploadAsync(editor, TestFiles.Pdf(), "compte-rendu.pdf", "application/pdf", title: "Compte rendu"));

        var response = await editor.SubmitAsync(await editor.GetAsync("/admin/medias"), $"#supprimer-{id}", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var entry = await AuditEntryAsync(id);
        Assert.Equal((editor.Email, "compte-rendu.pdf"), (entry.Actor, entry.Comment));
    }

    private async Task<AuditEntry> AuditEntryAsync(string mediaId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<AuditEntry>()
            .SingleAsync(e => e.ContentItemId == mediaId && e.Action == AuditActions.MediaDeleted, Cancel);
    }
}
