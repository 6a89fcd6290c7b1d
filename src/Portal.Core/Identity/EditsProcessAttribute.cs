using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Identity;

/// <summary>A page about one process, named by its bound properties (route or query).</summary>
public interface IProcessPage
{
    /// <summary>The process the page acts on (null when none was named).</summary>
    string? PageProcessId { get; }
}

/// <summary>
/// Before any handler of an <see cref="IProcessPage"/> (once its properties are bound): the process must be one this
/// person edits (<see cref="ProcessOperations.Edit"/>: its organisation's, or any where the site-wide role applies),
/// otherwise the page is refused. Pages first pass their permission's policy; this is the per-process check.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EditsProcessAttribute : Attribute, IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var page = context.HandlerInstance as IProcessPage
            ?? throw new InvalidOperationException($"{context.HandlerInstance.GetType().Name} carries [EditsProcess] without being an {nameof(IProcessPage)}.");
        var authorization = context.HttpContext.RequestServices.GetRequiredService<IAuthorizationService>();
        if (!await authorization.MayAsync(context.HttpContext.User, page.PageProcessId, ProcessOperations.Edit))
        {
            context.Result = new ForbidResult();
            return;
        }

        await next();
    }
}
