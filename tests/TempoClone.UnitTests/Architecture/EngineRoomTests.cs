using Mono.Cecil;
using Mono.Cecil.Cil;

namespace TempoClone.UnitTests.Architecture;

/// <summary>
/// What differs between database engines lives in Data/Engines only (docs/architecture.md, "The engine room"): no
/// engine-only query function, no raw SQL and no engine type anywhere else, so a rule like "titles are searched
/// whatever their case" cannot be written for one engine and forgotten for the other. Migrations are the engines' too.
/// The app's compiled code is read instruction by instruction (lambdas, async methods and expression trees included).
/// </summary>
public class EngineRoomTests
{
    private const string EngineRoom = "TempoClone.Web.Data.Engines";
    private const string Migrations = "TempoClone.Web.Data.Migrations";

    /// <summary>Methods only the engine room may call: LIKE/ILIKE and raw SQL, by declaring type and name prefix.</summary>
    private static readonly (string Type, string Method, string Why)[] EngineMethods =
    [
        ("Microsoft.EntityFrameworkCore.DbFunctionsExtensions", "Like", "EF.Functions.Like (case differs by engine: use TextMatch.WhereContains)"),
        ("Microsoft.EntityFrameworkCore.NpgsqlDbFunctionsExtensions", "ILike", "EF.Functions.ILike (use TextMatch.WhereContains)"),
        ("Microsoft.EntityFrameworkCore.RelationalQueryableExtensions", "FromSql", "raw SQL (FromSql*)"),
        ("Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions", "ExecuteSql", "raw SQL (ExecuteSql*)"),
        ("Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions", "SqlQuery", "raw SQL (SqlQuery*)"),
        ("Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions", "IsSqlite", "a branch on the engine (ask DatabaseEngine)"),
        ("Microsoft.EntityFrameworkCore.SqliteDatabaseFacadeExtensions", "IsSqlite", "a branch on the engine (ask DatabaseEngine)"),
        ("Microsoft.EntityFrameworkCore.NpgsqlDatabaseFacadeExtensions", "IsNpgsql", "a branch on the engine (ask DatabaseEngine)"),
    ];

    /// <summary>Types only the engine room may name: commands and engine exceptions, by full-name prefix.</summary>
    private static readonly (string Prefix, string Why)[] EngineTypes =
    [
        ("System.Data.Common.DbCommand", "a raw command (DbCommand)"),
        ("Microsoft.Data.Sqlite.", "a SQLite type (SqliteException, SqliteConnection, …)"),
        ("Npgsql.", "an Npgsql type (PostgresException, NpgsqlConnection, …)"),
    ];

    [Fact]
    public void EngineFunctions_RawSqlAndEngineTypes_AreUsedInTheEngineRoomOnly()
    {
        var violations = Violations(typeof(Program).Assembly.Location);

        Assert.True(violations.Count == 0, "Engine knowledge outside Data/Engines (move it into the engine, DatabaseEngine and its SqliteEngine / PostgresEngine):\n"
            + string.Join("\n", violations));
    }

    /// <summary>Every use outside the engine room, as "Type.Method uses what (why)".</summary>
    public static List<string> Violations(string assemblyPath)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath);
        var found = new List<string>();
        foreach (var type in assembly.MainModule.GetTypes().Where(t => !InEngineRoom(t)))
        {
            foreach (var field in type.Fields) Check(type.FullName, field.FieldType, found);
            foreach (var method in type.Methods)
            {
                Check($"{type.FullName}.{method.Name}", method.ReturnType, found);
                foreach (var parameter in method.Parameters) Check($"{type.FullName}.{method.Name}", parameter.ParameterType, found);
                if (!method.HasBody) continue;
                foreach (var local in method.Body.Variables) Check($"{type.FullName}.{method.Name}", local.VariableType, found);
                foreach (var handler in method.Body.ExceptionHandlers.Where(h => h.CatchType is not null)) Check($"{type.FullName}.{method.Name}", handler.CatchType, found);
                foreach (var instruction in method.Body.Instructions) Check($"{type.FullName}.{method.Name}", instruction, found);
            }
        }
        return found.Distinct().ToList();
    }

    private static void Check(string where, Instruction instruction, List<string> found)
    {
        switch (instruction.Operand)
        {
            case MethodReference called:
                var declaring = called.DeclaringType.GetElementType().FullName;
                foreach (var (type, method, why) in EngineMethods)
                    if (declaring == type && called.Name.StartsWith(method, StringComparison.Ordinal)) found.Add($"{where} calls {called.Name} — {why}");
                Check(where, called.DeclaringType, found);
                break;
            case TypeReference type:
                Check(where, type, found);
                break;
            case FieldReference field:
                Check(where, field.DeclaringType, found);
                break;
        }
    }

    private static void Check(string where, TypeReference type, List<string> found)
    {
        var name = type.GetElementType().FullName;
        foreach (var (prefix, why) in EngineTypes)
            if (name.StartsWith(prefix, StringComparison.Ordinal)) found.Add($"{where} uses {name} — {why}");
        if (type is GenericInstanceType generic)
            foreach (var argument in generic.GenericArguments) Check(where, argument, found);
    }

    /// <summary>A type of the engine room or the migrations; a nested type (a lambda's closure, an async state machine) by its outermost type.</summary>
    private static bool InEngineRoom(TypeDefinition type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return IsIn(type.Namespace, EngineRoom) || IsIn(type.Namespace, Migrations);
    }

    private static bool IsIn(string ns, string room) => ns == room || ns.StartsWith(room + ".", StringComparison.Ordinal);
}
