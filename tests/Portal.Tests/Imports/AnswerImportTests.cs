using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Processes.Content;
using Portal.Processes.Imports;
using Portal.Processes.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Imports;

/// <summary>Responses and follow-ups imported for propositions that exist, as drafts for the COPIL; unknown codes and words refused.</summary>
public sealed class AnswerImportTests
{
    private const string Propositions = "code;titre;texte\nR-1;Un;Texte un\nR-2;Deux;Texte deux\nR-3;Trois;Texte trois\n";

    [Theory, DatabaseEngines]
    public async Task Responses_for_existing_codes_become_drafts_and_an_existing_response_gets_a_new_version(DatabaseEngine engine)
    {
        var bench = await ImportBench.CreateAsync(engine);
        await using var _ = bench.Database;
        await bench.ImportAsync(Propositions + "");
        var r1 = ProcessItemIds.Response(ProcessItemIds.Proposition(bench.Process, "R-1"));
        await using (var scope = bench.Database.Scope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            await store.CreateAsync(new NewContentItem(new Response("a-l-etude", "En cours d'examen.", "Conseil", []), "redaction")
            { ContentItemId = r1, ProcessId = bench.Process, ContainerId = ProcessItemIds.Proposition(bench.Process, "R-1") }, TestContext.Current.CancellationToken);
            await store.PublishAsync(r1, 1, "redaction", cancellationToken: TestContext.Current.CancellationToken);
        }

        await bench.ImportAsync("code;décision;motivation;instance;engagements;échéance\n"
            + "R-1;Retenue;\"Le conseil l'a votée.\nLe budget suit.\";Conseil municipal;Voter le budget | Lancer les travaux;31/12/2027\n"
            + "r-2;non-retenue;Hors budget.;Conseil municipal;;\n", ImportKind.Responses);

        await using var check = bench.Database.Scope();
        var versions = await check.ServiceProvider.GetRequiredService<PortalDbContext>().ContentItemVersions.AsNoTracking()
            .Where(v => v.ContentType == "ReponseMotivee" && v.ProcessId == bench.Process).OrderBy(v => v.ContentItemId).ThenBy(v => v.Version).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([(r1, 1, ContentStatus.Published, false), (r1, 2, ContentStatus.Draft, true)],
            versions.Where(v => v.ContentItemId == r1).Select(v => (v.ContentItemId, v.Version, v.Status, v.Latest)));
        var replaced = await bench.LatestAsync<Response>(r1);
        Assert.Equal("retenue", replaced.Decision);
        Assert.Equal("Le conseil l'a votée.  \nLe budget suit.", replaced.Motivation);
        Assert.Equal(["Voter le budget", "Lancer les travaux"], replaced.Commitments.Select(c => c.Text));
        Assert.Equal(new DateOnly(2027, 12, 31), replaced.Deadline);
        var created = await bench.LatestAsync<Response>(ProcessItemIds.Response(ProcessItemIds.Proposition(bench.Process, "R-2")));
        Assert.Equal("non-retenue", created.Decision);
        Assert.DoesNotContain(versions, v => v.Published && v.Version > 1);
    }

    [Theory, DatabaseEngines]
    public async Task An_unknown_code_or_decision_refuses_the_whole_file(DatabaseEngine engine)
    {
        var bench = await ImportBench.CreateAsync(engine);
        await using var _ = bench.Database;
        await bench.ImportAsync(Propositions);

        var preview = await bench.AnalyseAsync("code;décision;motivation;instance\nR-1;retenue;Oui.;Conseil\nZ-9;retenue;Oui.;Conseil\nR-3;peut-être;Non.;Conseil\n", ImportKind.Responses);
        var outcome = await bench.CommitAsync(preview, null, TestContext.Current.CancellationToken);

        Assert.False(preview.CanCommit);
        Assert.Equal(ContentOutcome.InvalidState, outcome);
        Assert.Contains("Ligne 3 : aucune proposition de code « Z-9 » dans cette démarche.", preview.Answers[1].Errors);
        Assert.Contains(preview.Answers[2].Errors, e => e.StartsWith("Ligne 4 : décision « peut-être » inconnue ; décisions possibles : « Retenue », « Retenue partiellement », « Non retenue »", StringComparison.Ordinal));
        Assert.DoesNotContain(await bench.VersionsAsync(), v => v.ContentType == "ReponseMotivee");
    }

    [Theory, DatabaseEngines]
    public async Task Follow_ups_are_added_after_the_existing_ones(DatabaseEngine engine)
    {
        var bench = await ImportBench.CreateAsync(engine);
        await using var _ = bench.Database;
        await bench.ImportAsync(Propositions);

        await bench.ImportAsync("code;date;état;avancement;preuves\nR-1;2026-03-01;En cours;Marché lancé.;https://exemple.fr/marche\nR-1;2026-06-01;realisee;Travaux livrés.;\n", ImportKind.FollowUps);
        await bench.ImportAsync("code;date;état;avancement\nR-1;2026-09-01;Réalisée;Inauguration.\n", ImportKind.FollowUps);

        var r1 = ProcessItemIds.Proposition(bench.Process, "R-1");
        var first = await bench.LatestAsync<FollowUp>(ProcessItemIds.FollowUp(r1, 1));
        Assert.Equal((new DateOnly(2026, 3, 1), "en-cours", "Marché lancé."), (first.Date, first.Status, first.Progress));
        Assert.Equal(new EvidenceLink("exemple.fr", "https://exemple.fr/marche"), Assert.Single(first.Evidence));
        Assert.Equal("Inauguration.", (await bench.LatestAsync<FollowUp>(ProcessItemIds.FollowUp(r1, 3))).Progress);
    }

    [Theory, DatabaseEngines]
    public async Task Decidim_accountability_results_import_as_follow_ups_of_the_linked_proposals(DatabaseEngine engine)
    {
        var bench = await ImportBench.CreateAsync(engine);
        await using var _ = bench.Database;
        // Propositions as Decidim exports them: the id is the code.
        await bench.ImportAsync("id;title;body\n457;Pistes cyclables;Créer des pistes.\n458;Bus de nuit;Des bus la nuit.\n");
        var accountability = "id,category/id,category/name/fr,scope/id,scope/name/fr,parent/id,title/fr,description/fr,start_date,end_date,status/id,status/key,status/name/fr,progress,created_at,url,component/id,proposal_urls\n"
            + "12,3,Mobilité,,,,Plan vélo,\"<p>Deux pistes livrées.</p><p>La troisième en 2027.</p>\",2025-01-01,2027-12-31,2,in_progress,En cours,40.0,2025-01-10 09:00:00 UTC,https://participer.exemple.fr/processes/gd/f/7/results/12,7,\"https://participer.exemple.fr/processes/gd/f/5/proposals/457, https://participer.exemple.fr/processes/gd/f/5/proposals/458\"\n"
            + "13,3,Mobilité,,,,Navette,,2025-01-01,,3,done,Terminé,100.0,2025-02-10 09:00:00 UTC,https://participer.exemple.fr/processes/gd/f/7/results/13,7,https://participer.exemple.fr/processes/gd/f/5/proposals/999\n";

        var preview = await bench.AnalyseAsync(accountability, ImportKind.FollowUps, "results.csv");

        Assert.Equal(["457", "458", "999"], preview.Answers.Select(a => a.Code));
        Assert.Contains("Ligne 3 : aucune proposition de code « 999 » dans cette démarche.", preview.Answers[2].Errors);
        Assert.Contains(preview.Answers[2].Errors, e => e.StartsWith("Ligne 3 : état « Terminé » inconnu ; états possibles :", StringComparison.Ordinal));
        Assert.Contains("status/key", preview.IgnoredColumns);

        await bench.ImportAsync(accountability.Split('\n')[0] + "\n" + accountability.Split('\n')[1] + "\n", ImportKind.FollowUps);

        foreach (var code in new[] { "457", "458" })
        {
            var followUp = await bench.LatestAsync<FollowUp>(ProcessItemIds.FollowUp(ProcessItemIds.Proposition(bench.Process, code), 1));
            Assert.Equal(new DateOnly(2025, 1, 10), followUp.Date);
            Assert.Equal("en-cours", followUp.Status);
            Assert.Equal("**Plan vélo** (avancement : 40.0 %)\n\nDeux pistes livrées.\n\nLa troisième en 2027.", followUp.Progress);
            Assert.Equal("https://participer.exemple.fr/processes/gd/f/7/results/12", Assert.Single(followUp.Evidence).Url);
        }
    }
}
