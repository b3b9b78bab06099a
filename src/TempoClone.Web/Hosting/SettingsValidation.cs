using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Net;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace TempoClone.Web.Hosting;

/// <summary>
/// Every settings class is bound with its rules (DataAnnotations on its properties) and checked before the site
/// starts: a wrong value stops start-up with one line naming the key, the value and what is allowed, instead of a
/// 500 for readers later (Site:PageSize=0 divided by zero on every list page).
/// </summary>
public static class SettingsValidation
{
    /// <summary>Binds <typeparamref name="T"/> to its configuration section and checks it at start-up.</summary>
    public static OptionsBuilder<T> AddCheckedOptions<T>(this IServiceCollection services, string section) where T : class
    {
        services.AddSingleton<IValidateOptions<T>>(new SettingsRules<T>(section));
        return services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
    }

    /// <summary>The first start-up step: every checked settings class is valid, or a <see cref="StartupProblem"/> saying what to fix.</summary>
    public static Task CheckSettingsAsync(this WebApplication app)
    {
        try
        {
            app.Services.GetService<IStartupValidator>()?.Validate();
        }
        catch (OptionsValidationException invalid)
        {
            throw new StartupProblem(string.Join(" ", invalid.Failures));
        }
        catch (AggregateException invalid) when (invalid.InnerExceptions.All(e => e is OptionsValidationException))
        {
            throw new StartupProblem(string.Join(" ", invalid.InnerExceptions.SelectMany(e => ((OptionsValidationException)e).Failures)));
        }
        catch (InvalidOperationException unreadable) when (unreadable.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
        {
            // CASE: "Site__PageSize=dua puluh" fails in the binder, whose message names the key and the type.
            throw new StartupProblem(unreadable.Message);
        }
        return Task.CompletedTask;
    }
}

/// <summary>The DataAnnotations of <typeparamref name="T"/>'s properties, each failure as "Section:Key is value; what is allowed."</summary>
internal sealed class SettingsRules<T>(string section) : IValidateOptions<T> where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var failures = new List<string>();
        foreach (var property in typeof(T).GetProperties())
        {
            var value = property.GetValue(options);
            foreach (var rule in property.GetCustomAttributes<ValidationAttribute>())
            {
                if (!rule.IsValid(value)) failures.Add($"{section}:{property.Name} is {Shown(property.Name, value)}; {Allowed(rule, property.Name)}.");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The value as the operator wrote it; a secret (a token, a password) only by its length, as the line goes to the log.</summary>
    private static string Shown(string property, object? value) => value switch
    {
        null or "" => "empty",
        string secret when property.EndsWith("Token", StringComparison.Ordinal) || property.EndsWith("Password", StringComparison.Ordinal)
            => $"a secret of {secret.Length} characters (not shown)",
        string text => $"\"{text}\"",
        IEnumerable<string> list => $"\"{string.Join(",", list)}\"",
        IDictionary<string, string> map => $"\"{string.Join(",", map.Select(entry => $"{entry.Key}={entry.Value}"))}\"",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "empty",
    };

    private static string Allowed(ValidationAttribute rule, string property) => rule switch
    {
        RangeAttribute range => string.Create(CultureInfo.InvariantCulture, $"use a whole number from {range.Minimum:N0} to {range.Maximum:N0}"),
        RequiredAttribute => "give it a value",
        MinLengthAttribute minimum => $"use at least {minimum.Length} characters",
        EmailAddressAttribute => "use an e-mail address such as redaksi@example.com",
        _ => rule.FormatErrorMessage(property),
    };
}

/// <summary>An absolute http:// or https:// address (an empty value passes; add [Required] where one is needed).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class HttpUrlAttribute : ValidationAttribute
{
    public HttpUrlAttribute() : base("use an absolute http:// or https:// address, such as https://www.example.com")
    {
    }

    // CASE: a map of names to addresses (the footer's social links): every address is checked.
    public override bool IsValid(object? value) => value is IDictionary<string, string> map
        ? map.Values.All(IsHttpUrl)
        : value is null or "" || IsHttpUrl(value as string);

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.Host.Length > 0;
}

/// <summary>Each entry an IP address (IPv4 or IPv6), no names, no ranges.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class IpAddressesAttribute : ValidationAttribute
{
    public IpAddressesAttribute() : base("use IP addresses such as 10.0.0.2 or ::1, one per entry")
    {
    }

    public override bool IsValid(object? value) => value is not IEnumerable<string> list || list.All(entry => IPAddress.TryParse(entry, out _));
}

/// <summary>One of a few words, compared without regard to case.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OneOfAttribute(params string[] allowed) : ValidationAttribute("use " + string.Join(" or ", allowed))
{
    public override bool IsValid(object? value) => value is not string text || allowed.Contains(text, StringComparer.OrdinalIgnoreCase);
}
