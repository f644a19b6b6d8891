using System.Reflection;
using SparkAds.Analyzers.Catalog;

namespace SparkAds.Analyzers.Tests.Catalog;

/// <summary>The names a team column's lookup may not take, checked against the compiled types rather than a list.</summary>
public sealed class TeamColumnNamingTests
{
    [Fact]
    public void EveryGetMethodAnErrorHas_IsTakenFromTeamColumns()
    {
        // What a lookup Get<Name>() could collide with: the generated extensions, and the instance methods of the enum
        // (object's and Enum's), which C# calls before any extension method of the same name.
        using var consumer = CompiledConsumer.Load(TestProject.Create().RunGenerator());
        var generated = consumer.Type("SparkAdsErrorExtensions").GetMethods(BindingFlags.Public | BindingFlags.Static).Select(m => m.Name);
        var inherited = consumer.ErrorEnum.GetMethods(BindingFlags.Public | BindingFlags.Instance).Select(m => m.Name);
        var getters = generated.Concat(inherited).Where(name => name.StartsWith("Get", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["GetCode", "GetHashCode", "GetKey", "GetMessage", "GetRemedy", "GetType", "GetTypeCode"], getters);
        Assert.All(getters, name => Assert.NotNull(TeamColumnNaming.ReservedBy(name)));
        Assert.Null(TeamColumnNaming.ReservedBy("GetRetryable"));
    }

    [Theory]
    [InlineData("http_status", "GetHttpStatus")]
    [InlineData("retryable", "GetRetryable")]
    [InlineData("Retryable", "GetRetryable")]
    [InlineData("HTTP_status", "GetHTTPStatus")]
    [InlineData("owner__team_", "GetOwnerTeam")]
    [InlineData("\u00E9tat", "Get\u00C9tat")]
    public void MethodName_IsGetAndThePascalCaseOfTheWords_AsAKeysMemberName(string column, string method)
        => Assert.Equal(method, TeamColumnNaming.MethodName(column));
}
