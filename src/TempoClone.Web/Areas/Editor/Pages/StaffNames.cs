using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;

namespace TempoClone.Web.Areas.Editor.Pages;

/// <summary>
/// Revisions and the audit log store the account's user name; people are shown by their display name, the same on
/// History, the audit log and the presence line. An account that no longer exists keeps the stored name.
/// </summary>
public static class StaffNames
{
    public static async Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(this TempoDbContext db, IEnumerable<string> userNames, CancellationToken ct = default)
    {
        var wanted = userNames.Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => u.UserName != null && wanted.Contains(u.UserName) && u.DisplayName != "")
            .ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, ct);
    }

    public static string NameOf(this IReadOnlyDictionary<string, string> names, string userName) => names.GetValueOrDefault(userName, userName);
}
