using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Storage;
using TempoClone.Web.Data;

namespace TempoClone.Web.Newsroom;

/// <summary>When a subscriber runs: inside the change's transaction (it writes rows that must commit with it), or after the commit.</summary>
public enum NewsroomStage
{
    /// <summary>Before the commit, in the change's own transaction: what it adds to the DbContext is saved with the change (the audit log).</summary>
    InTransaction,

    /// <summary>After the commit, when readers can see the change: the reader cache, the scheduler, a notification, a webhook.</summary>
    Committed,
}

/// <summary>
/// Reacts to one kind of change (or, through a base type such as <see cref="ArticleEvent"/> or <see cref="NewsroomEvent"/>,
/// to a family of them). Registered with <see cref="NewsroomSubscriptions.AddNewsroomSubscriber{TEvent, TSubscriber}"/>; runs in
/// the request that made the change, so it must be quick: work that may not delay the editor goes to a queue of its own.
/// </summary>
public interface INewsroomSubscriber<in TEvent> where TEvent : NewsroomEvent
{
    NewsroomStage Stage => NewsroomStage.Committed;

    Task HandleAsync(TEvent change, CancellationToken ct);
}

/// <summary>
/// The seam of the one write path: every change the public can see is saved through <see cref="CommitAsync"/>, which
/// gives it to the subscribers of its type and of every base type, in registration order. A new reaction (a newsletter,
/// a webhook) is one subscriber class and one registration; the writers do not change.
/// </summary>
public sealed class NewsroomEvents(TempoDbContext db, IServiceProvider services)
{
    private delegate Task Notifier(IServiceProvider services, NewsroomEvent change, NewsroomStage stage, CancellationToken ct);

    private static readonly ConcurrentDictionary<Type, Notifier> Notifiers = new();

    private readonly List<NewsroomEvent> _held = [];

    /// <summary>
    /// Saves what the change tracked with what the <see cref="NewsroomStage.InTransaction"/> subscribers add, commits
    /// <paramref name="transaction"/> (if the caller began one), then tells the <see cref="NewsroomStage.Committed"/> subscribers.
    /// A failed save throws before any committed subscriber hears of it.
    /// </summary>
    public async Task CommitAsync(NewsroomEvent change, IDbContextTransaction? transaction = null, CancellationToken ct = default)
    {
        await RaiseAsync(change, NewsroomStage.InTransaction, ct);
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        // CASE: inside a caller's transaction (a bulk import's batch) nothing is committed yet: the change is held until
        // the caller says its transaction committed (a rolled-back batch drops its scope, and what it held, unheard).
        if (db.Database.CurrentTransaction is not null) _held.Add(change);
        else await RaiseAsync(change, NewsroomStage.Committed, ct);
    }

    /// <summary>The caller's own transaction committed: the committed subscribers hear the changes it held, in order.</summary>
    public async Task CommittedAsync(CancellationToken ct = default)
    {
        var held = _held.ToList();
        _held.Clear();
        foreach (var change in held) await RaiseAsync(change, NewsroomStage.Committed, ct);
    }

    private async Task RaiseAsync(NewsroomEvent change, NewsroomStage stage, CancellationToken ct)
    {
        for (var type = change.GetType(); type != typeof(object); type = type.BaseType!)
            await Notifiers.GetOrAdd(type, NotifierFor)(services, change, stage, ct);
    }

    private static Notifier NotifierFor(Type eventType) =>
        typeof(NewsroomEvents).GetMethod(nameof(NotifyAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(eventType).CreateDelegate<Notifier>();

    private static async Task NotifyAsync<TEvent>(IServiceProvider services, NewsroomEvent change, NewsroomStage stage, CancellationToken ct)
        where TEvent : NewsroomEvent
    {
        foreach (var subscriber in services.GetServices<INewsroomSubscriber<TEvent>>())
            if (subscriber.Stage == stage) await subscriber.HandleAsync((TEvent)change, ct);
    }
}

public static class NewsroomSubscriptions
{
    /// <summary>One line per reaction: <typeparamref name="TSubscriber"/> hears every <typeparamref name="TEvent"/> (and its subtypes).</summary>
    public static IServiceCollection AddNewsroomSubscriber<TEvent, TSubscriber>(this IServiceCollection services)
        where TEvent : NewsroomEvent where TSubscriber : class, INewsroomSubscriber<TEvent> =>
        services.AddScoped<INewsroomSubscriber<TEvent>, TSubscriber>();
}
