using System.Text;

namespace SparkAds.Analyzers.Tests.Generator;

/// <summary>
/// The lookups of typed team columns, called as extension methods from C# 7.3 on netstandard2.0 and from the newest C#
/// on net10.0, compiled and run: each row's value, null for an empty cell, for Unknown, for a value outside the enum and
/// for the built-in rows; one column from two catalogs; and no allocation.
/// </summary>
public sealed class TeamColumnLookupTests
{
    private const string TeamCatalog =
        "key,message,remedy,retryable:bool,http_status:int,owner:text\n"
        + "rate_limited,Too many requests.,Wait.,TRUE,429,Ads platform\n"
        + "budget_low,The budget is low.,Raise it.,false,-2147483648,\"Billing\r\nEU\"\n"
        + "no_values,Nothing typed.,Fix.,,,\n";

    /// <summary>The same column in a second catalog, spelled otherwise: one column, so one lookup.</summary>
    private const string SecondCatalog = "key,message,remedy, Retryable : Bool \nfrom_b,B.,Fix.,true\n";

    /// <summary>C# 7.3 that calls each lookup as an extension method and writes what it read (- for null).</summary>
    private const string Usage = """
        using System.Globalization;
        using SparkAds;

        namespace Consumer
        {
            public static class TeamUsage
            {
                public static string Describe(SparkAdsError error)
                {
                    bool? retryable = error.GetRetryable();
                    int? status = error.GetHttpStatus();
                    var owner = error.GetOwner();
                    return (retryable.HasValue ? (retryable.Value ? "retry" : "final") : "-")
                        + "|" + (status.HasValue ? status.Value.ToString(CultureInfo.InvariantCulture) : "-")
                        + "|" + (owner ?? "-");
                }
            }
        }
        """;

    /// <summary>Bytes allocated on the consumer's thread by every lookup over every member, after a warm-up pass (net10.0).</summary>
    private const string AllocationProbe = """
        using SparkAds;

        namespace Consumer
        {
            public static class TeamAllocations
            {
                public static long AllocatedByLookups(SparkAdsError[] errors)
                {
                    long before = 0;
                    var sink = 0;
                    for (var pass = 0; pass < 2; pass++)
                    {
                        if (pass == 1)
                        {
                            before = System.GC.GetAllocatedBytesForCurrentThread();
                        }

                        foreach (var error in errors)
                        {
                            sink += (error.GetRetryable() == true ? 1 : 0) + (error.GetHttpStatus() ?? 0) + (error.GetOwner() ?? string.Empty).Length;
                        }
                    }

                    var allocated = System.GC.GetAllocatedBytesForCurrentThread() - before;
                    System.GC.KeepAlive(sink);
                    return allocated;
                }
            }
        }
        """;

    [Theory]
    [InlineData(TargetProfile.NetStandard20CSharp73)]
    [InlineData(TargetProfile.Net10Nullable)]
    public void Lookups_ReadEachRowsCells_AndNullWhereThereIsNoValue(TargetProfile target)
    {
        using var consumer = Load(target);

        Assert.Equal("retry|429|Ads platform", Describe(consumer, consumer.Error("RateLimited")));
        Assert.Equal("final|-2147483648|Billing\nEU", Describe(consumer, consumer.Error("BudgetLow")));
        Assert.Equal("-|-|-", Describe(consumer, consumer.Error("NoValues")));
        Assert.Equal("retry|-|-", Describe(consumer, consumer.Error("FromB")));
        Assert.Equal("-|-|-", Describe(consumer, consumer.Error("VideoUnavailable")));
        Assert.Equal("-|-|-", Describe(consumer, consumer.Error("Unknown")));
        Assert.Equal("-|-|-", Describe(consumer, Enum.ToObject(consumer.ErrorEnum, 1)));
    }

    [Fact]
    public void Lookups_AllocateNothing()
    {
        using var consumer = Load(TargetProfile.Net10Nullable, AllocationProbe);
        var errors = Enum.GetValues(consumer.ErrorEnum);

        Assert.Equal(1 + 18 + 4, errors.Length);
        Assert.Equal(0L, consumer.Assembly.GetType("Consumer.TeamAllocations", throwOnError: true)!.GetMethod("AllocatedByLookups")!.Invoke(null, [errors]));
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-8")]
    public void TypedColumnsInAnyOrderCaseAndSpacing_WithASepLine_ReadAsTheSameColumns(string encoding)
    {
        // Tab-separated after Excel's sep= line, CRLF, the typed columns first and last, names and types in any case,
        // spaces around ':', and the same columns in a second catalog written plainly.
        var csv = "sep=\t\r\n Owner : TEXT \tkey\tHTTP_status:Int\tmessage\tremedy\tretryable:BOOL\r\n"
            + "Ads platform\trate_limited\t429\tToo many requests.\tWait.\tFalse\r\n";
        var bytes = encoding == "utf-16" ? [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(csv)] : Encoding.UTF8.GetBytes(csv);
        var result = TestProject.CreateWithoutBuiltInCatalog()
            .WithAdditionalFile(new TestAdditionalText("/team/a.csv", Catalog.Csv.CompilerText.AsTheCompilerReads(bytes)), catalog: true)
            .WithCatalog("/team/b.csv", "key,message,remedy,retryable:bool,http_status:int,owner:text\nfrom_b,B.,Fix.,true,503,Billing\n")
            .RunGenerator();

        Assert.Empty(result.GeneratorDiagnostics);
        using var consumer = CompiledConsumer.Load(result);
        object?[] Row(string member) => [.. new[] { "GetOwner", "GetHTTPStatus", "GetRetryable" }.Select(lookup => consumer.Invoke("SparkAdsErrorExtensions", lookup, consumer.Error(member)))];
        Assert.Equal(new object?[] { "Ads platform", 429, false }, Row("RateLimited"));
        Assert.Equal(new object?[] { "Billing", 503, true }, Row("FromB"));
    }

    private static CompiledConsumer Load(TargetProfile target, string? probe = null)
    {
        var project = TestProject.Create().WithTarget(target).WithCatalog("/team/a.csv", TeamCatalog).WithCatalog("/team/b.csv", SecondCatalog).WithSource(Usage);
        project = probe is null ? project : project.WithSource(probe);
        var result = project.RunGenerator();
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationDiagnostics.Select(ExpectedDiagnostic.Format));
        return CompiledConsumer.Load(result);
    }

    private static string Describe(CompiledConsumer consumer, object error)
        => (string)consumer.Assembly.GetType("Consumer.TeamUsage", throwOnError: true)!.GetMethod("Describe")!.Invoke(null, [error])!;
}
