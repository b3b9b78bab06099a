using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace TempoClone.Web.Data;

/// <summary>
/// A page's queries share one database connection, opened before its handler and returned to the pool when the
/// request ends. Left to itself EF opens and closes the connection around every query, and on SQLite each open
/// registers EF's SQL functions again: a page of seven queries paid that seven times.
/// </summary>
public sealed class OneConnectionPerPage : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        await context.HttpContext.RequestServices.GetRequiredService<TempoDbContext>().Database.OpenConnectionAsync(context.HttpContext.RequestAborted);
        await next();
    }
}
