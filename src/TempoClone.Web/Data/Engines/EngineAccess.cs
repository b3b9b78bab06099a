using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace TempoClone.Web.Data.Engines;

/// <summary>
/// The engine behind a context: the one the site chose at start-up (EF finds it among the app's services), for helpers
/// that are handed a context rather than built by dependency injection.
/// </summary>
public static class EngineAccess
{
    public static DatabaseEngine GetEngine(this DbContext db) => db.GetService<DatabaseEngine>();

    public static DatabaseEngine GetEngine(this DatabaseFacade database) => database.GetService<DatabaseEngine>();
}
