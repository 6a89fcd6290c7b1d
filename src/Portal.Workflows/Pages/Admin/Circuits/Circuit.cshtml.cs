using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Identity;
using Portal.Workflows.Administration;
using Portal.Workflows.Definitions;

namespace Portal.Workflows.Pages.Admin.Circuits;

/// <summary>
/// Edits one workflow definition's transitions (roles, quorum, chair, comment, author, scheduling);
/// states stay as the recipe defined them. Invalid or stale forms save nothing.
/// </summary>
[Authorize(Policy = WorkflowPermissions.ManageWorkflows)]
public sealed class WorkflowModel(WorkflowEditor editor, WorkflowStore store) : PageModel
{
    [BindProperty]
    public string Stamp { get; set; } = string.Empty;

    [BindProperty]
    public List<TransitionInput> Transitions { get; set; } = [];

    /// <summary>The stored definition: states, and each transition's name and ends (not editable here).</summary>
    public WorkflowDefinition Definition { get; private set; } = null!;

    public IReadOnlyList<string> KnownRoles { get; private set; } = [];

    /// <summary>Problems by field id (<c>t{index}-roles</c>, <c>t{index}-quorum</c>), shown next to the field.</summary>
    public Dictionary<string, List<string>> FieldErrors { get; } = new(StringComparer.Ordinal);

    /// <summary>Problems that belong to no field of the form (states, the whole definition).</summary>
    public List<string> OtherErrors { get; } = [];

    public string? Message { get; private set; }

    public bool Stale { get; private set; }

    public int ErrorCount => FieldErrors.Values.Sum(e => e.Count) + OtherErrors.Count;

    public async Task<IActionResult> OnGetAsync(string name, string? enregistre, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(name, fillForm: true, cancellationToken))
        {
            return NotFound();
        }

        Message = enregistre switch
        {
            "1" => "Le circuit a été enregistré. La modification est inscrite au journal d'audit.",
            "0" => "Aucune modification : le circuit enregistré est déjà celui-ci.",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string name, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(name, fillForm: false, cancellationToken))
        {
            return NotFound();
        }

        var candidate = Candidate();
        if (ErrorCount > 0)
        {
            // Unreadable quorum: still say everything else that is wrong, in one go.
            foreach (var (path, message) in WorkflowDefinitionValidator.Check(candidate, KnownRoles))
            {
                AddProblem(path, message);
            }

            return Page();
        }

        var result = await editor.SaveAsync(candidate, Stamp, User.Identity?.Name ?? "inconnu", cancellationToken);
        switch (result.Outcome)
        {
            case WorkflowEditOutcome.Saved:
                return RedirectToPage(new { name, enregistre = "1" });
            case WorkflowEditOutcome.Unchanged:
                return RedirectToPage(new { name, enregistre = "0" });
            case WorkflowEditOutcome.Stale:
                // Show what is stored now; the person redoes their change on it.
                Stale = true;
                await LoadAsync(name, fillForm: true, cancellationToken);
                return Page();
            case WorkflowEditOutcome.NotFound:
                return NotFound();
            default:
                foreach (var (path, message) in result.Problems)
                {
                    AddProblem(path, message);
                }

                return Page();
        }
    }

    /// <summary>The field id a validator path points at, or null when it is about no single field.</summary>
    public static string? FieldOf(string path)
    {
        if (!path.StartsWith("transitions[", StringComparison.Ordinal))
        {
            return null;
        }

        var close = path.IndexOf(']', StringComparison.Ordinal);
        var index = path["transitions[".Length..close];
        return path[(close + 1)..] switch
        {
            ".roles" => $"t{index}-roles",
            ".quorum" => $"t{index}-quorum",
            _ => null,
        };
    }

    public IReadOnlyList<string> ErrorsOf(string field) => FieldErrors.TryGetValue(field, out var errors) ? errors : [];

    private async Task<bool> LoadAsync(string name, bool fillForm, CancellationToken cancellationToken)
    {
        var editable = await editor.GetAsync(name, cancellationToken);
        if (editable is null)
        {
            return false;
        }

        Definition = editable.Definition;
        KnownRoles = [.. (await store.KnownRolesAsync(cancellationToken)).Order(StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true))];
        if (fillForm)
        {
            Stamp = editable.Stamp;
            Transitions = [.. Definition.Transitions.Select(TransitionInput.From)];
        }

        return true;
    }

    /// <summary>The stored definition with the form's choices applied, transition by transition (matched by key).</summary>
    private WorkflowDefinition Candidate()
    {
        var transitions = new List<WorkflowTransition>();
        for (var i = 0; i < Definition.Transitions.Count; i++)
        {
            var stored = Definition.Transitions[i];
            var input = Transitions.FirstOrDefault(t => t.Key == stored.Key);
            if (input is null)
            {
                transitions.Add(stored);
                continue;
            }

            if (!int.TryParse(input.Quorum?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var quorum))
            {
                AddProblem($"transitions[{i}].quorum", "indiquez un nombre entier de personnes, 1 ou plus");
                quorum = 1; // so that the validator does not report the same field twice
            }

            transitions.Add(stored with
            {
                Roles = [.. input.Roles.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct(StringComparer.Ordinal)],
                Quorum = quorum,
                ChairRole = string.IsNullOrWhiteSpace(input.ChairRole) ? null : input.ChairRole,
                CommentRequired = input.CommentRequired,
                ForbidAuthor = input.ForbidAuthor,
                Scheduled = input.Scheduled,
            });
        }

        // Keep the form in the stored order, whatever was posted, so errors land on the right fieldset.
        Transitions = [.. Definition.Transitions.Select(stored => Transitions.FirstOrDefault(t => t.Key == stored.Key) ?? TransitionInput.From(stored))];
        return Definition with { Transitions = transitions };
    }

    private void AddProblem(string path, string message)
    {
        var sentence = char.ToUpper(message[0], CultureInfo.GetCultureInfo("fr-FR")) + message[1..] + ".";
        if (FieldOf(path) is { } field)
        {
            if (!FieldErrors.TryGetValue(field, out var list))
            {
                FieldErrors[field] = list = [];
            }

            list.Add(sentence);
        }
        else
        {
            OtherErrors.Add(sentence);
        }
    }
}

/// <summary>One transition's editable choices, as posted. The quorum stays text so that bad input gets a French message.</summary>
public sealed class TransitionInput
{
    public string Key { get; set; } = string.Empty;

    public List<string> Roles { get; set; } = [];

    public string? Quorum { get; set; }

    public string? ChairRole { get; set; }

    public bool CommentRequired { get; set; }

    public bool ForbidAuthor { get; set; }

    public bool Scheduled { get; set; }

    public static TransitionInput From(WorkflowTransition transition)
    {
        ArgumentNullException.ThrowIfNull(transition);
        return new()
        {
            Key = transition.Key,
            Roles = [.. transition.Roles],
            Quorum = transition.Quorum.ToString(CultureInfo.InvariantCulture),
            ChairRole = transition.ChairRole,
            CommentRequired = transition.CommentRequired,
            ForbidAuthor = transition.ForbidAuthor,
            Scheduled = transition.Scheduled,
        };
    }
}
