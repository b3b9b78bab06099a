using System.Text.Json;

namespace TempoClone.IntegrationTests.Infrastructure;

/// <summary>Checks a JSON value against a schema of an OpenAPI 3.1 document: types, required and declared properties, refs.</summary>
public sealed class OpenApiShape(JsonElement document)
{
    public JsonElement ResponseSchema(string path, string status = "200") =>
        document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses").GetProperty(status)
            .GetProperty("content").GetProperty("application/json").GetProperty("schema");

    public List<string> Problems(JsonElement schema, JsonElement value, string at = "$")
    {
        schema = Resolve(schema);
        foreach (var keyword in new[] { "oneOf", "anyOf" })
            if (schema.TryGetProperty(keyword, out var options))
                return options.EnumerateArray().Any(o => Problems(o, value, at).Count == 0) ? [] : [$"{at}: matches none of {keyword}"];

        var problems = new List<string>();
        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, value))
            return [$"{at}: {value.ValueKind} is not {type}"];

        if (value.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties))
        {
            var declared = properties.EnumerateObject().Select(p => p.Name).ToHashSet();
            foreach (var property in value.EnumerateObject())
            {
                if (!declared.Contains(property.Name)) problems.Add($"{at}.{property.Name}: not in the document");
                else problems.AddRange(Problems(properties.GetProperty(property.Name), property.Value, $"{at}.{property.Name}"));
            }
            if (schema.TryGetProperty("required", out var required))
                problems.AddRange(required.EnumerateArray().Select(r => r.GetString()!).Where(r => !value.TryGetProperty(r, out _)).Select(r => $"{at}.{r}: required but missing"));
        }
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
            problems.AddRange(value.EnumerateArray().SelectMany((item, i) => Problems(items, item, $"{at}[{i}]")));
        return problems;
    }

    private JsonElement Resolve(JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/').Last();
            schema = document.GetProperty("components").GetProperty("schemas").GetProperty(name);
        }
        return schema;
    }

    private static bool TypeMatches(JsonElement type, JsonElement value)
    {
        var names = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
        return names.Any(name => (name, value.ValueKind) switch
        {
            ("null", JsonValueKind.Null) => true,
            ("object", JsonValueKind.Object) => true,
            ("array", JsonValueKind.Array) => true,
            ("string", JsonValueKind.String) => true,
            ("boolean", JsonValueKind.True or JsonValueKind.False) => true,
            ("integer", JsonValueKind.Number) => value.TryGetInt64(out _),
            ("number", JsonValueKind.Number) => true,
            _ => false,
        });
    }
}
