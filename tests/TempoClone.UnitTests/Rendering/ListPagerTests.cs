using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using TempoClone.Web.Rendering;

namespace TempoClone.UnitTests.Rendering;

/// <summary>A pager's links start from the request's own query, without the keys that say where in the list it is.</summary>
public class ListPagerTests
{
    [Fact]
    public void QueryWithout_DropsThePagingKeys_AndKeepsTheRestEscaped()
    {
        var query = new QueryCollection(new Dictionary<string, StringValues>
        {
            ["kanal"] = "nasional", ["page"] = "3", ["sebelum"] = "20261120083000-12345", ["q"] = new StringValues(["banjir rob", "a&b"]),
        });

        Assert.Equal("?kanal=nasional&q=banjir%20rob&q=a%26b", ListPager.QueryWithout(query, "page", ListPager.OlderKey));
    }

    [Fact]
    public void QueryWithout_NothingLeft_IsEmpty() =>
        Assert.Equal("", ListPager.QueryWithout(new QueryCollection(new Dictionary<string, StringValues> { ["page"] = "2" }), "page"));
}
