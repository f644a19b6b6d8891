namespace SparkAds.Analyzers.Tests.Generator;

/// <summary>
/// One error, one number: a member's value depends on its key alone, so a value persisted as an integer keeps its
/// meaning when a catalog is sorted, rows are inserted, the built-in catalog is dropped or a referenced project
/// generates it; and the built-in keys' values are pinned, since changing one breaks every value a user stored.
/// </summary>
public sealed class ErrorValueStabilityTests
{
    private const string Header = "key,code,message,remedy\n";
    private const string BudgetTooLow = "budget_too_low,40002,Budget too low.,Raise it.\n";
    private const string AudienceTooSmall = "audience_too_small,40100,Audience too small.,Widen it.\n";
    private const string CreativeRejected = "creative_rejected,,Creative rejected.,Replace it.\n";
    private const string Inserted = "inserted_later,40200,Added later.,Handle it.\n";

    /// <summary>The built-in catalog's keys and values, in catalog order: never to change once released.</summary>
    private static readonly string[] s_builtIn =
    [
        "video_unavailable=1360824805",
        "video_deleted=1913881662",
        "auth_code_not_found=1105880592",
        "auth_code_format_error=1184471568",
        "call_rpc_fail=1382222002",
        "call_db_fail=802334949",
        "mention_multiple_videos=459647523",
        "illegal_item_status_error=411555405",
        "story_video_not_supported=2032896913",
        "carousel_duet_not_supported=650096133",
        "auth_code_expired=700697055",
        "multi_duet_stitch_refused=2078318616",
        "duet_stitch_region_limit=1605035826",
        "user_permission_missing=1663738423",
        "not_public_video=2074657490",
        "anchors_status_error=251233929",
        "calculate_intersection_time_error=858973054",
        "auth_code_error=1468518936",
    ];

    [Fact]
    public void BuiltInKeys_HaveTheirPinnedValues()
        => Assert.Equal(s_builtIn, Values(TestProject.Create()).Select(v => v.Key + "=" + v.Value.ToString(CultureInfo.InvariantCulture)));

    [Fact]
    public void SameKeys_SameValues_SortedShuffledInsertedWithAndWithoutTheBuiltInCatalog()
    {
        var asWritten = Values(TestProject.Create().WithCatalog("/team/errors.csv", Header + BudgetTooLow + AudienceTooSmall + CreativeRejected)).ToDictionary(StringComparer.Ordinal);
        var variants = new[]
        {
            TestProject.Create().WithCatalog("/team/errors.csv", Header + AudienceTooSmall + BudgetTooLow + CreativeRejected),
            TestProject.Create().WithCatalog("/team/errors.csv", Header + Inserted + CreativeRejected + AudienceTooSmall + BudgetTooLow),
            TestProject.CreateWithoutBuiltInCatalog().WithCatalog("/team/errors.csv", Header + CreativeRejected + Inserted + BudgetTooLow + AudienceTooSmall),
            TestProject.CreateWithoutBuiltInCatalog().WithCatalog("/team/b.csv", Header + BudgetTooLow).WithCatalog("/team/a.csv", Header + AudienceTooSmall + CreativeRejected),
        };

        Assert.Equal(21, asWritten.Count);
        Assert.Equal(["audience_too_small", "budget_too_low", "creative_rejected"], asWritten.Keys.Where(k => !s_builtIn.Any(b => b.StartsWith(k + "=", StringComparison.Ordinal))).Order(StringComparer.Ordinal));
        foreach (var variant in variants)
        {
            var values = Values(variant);
            Assert.All(values.Where(v => asWritten.ContainsKey(v.Key)), pair => Assert.Equal(KeyValuePair.Create(pair.Key, asWritten[pair.Key]), pair));
            Assert.Equal(values.Count, values.Select(static v => v.Value).Distinct().Count());
        }
    }

    [Fact]
    public void SameKeys_SameValues_InAProjectAndTheProjectItReferences()
    {
        var library = TestProject.Create().WithProperty("SparkAdsNamespace", "Acme.Library")
            .WithCatalog("/team/errors.csv", Header + BudgetTooLow + AudienceTooSmall + CreativeRejected)
            .RunGenerator().OutputCompilation;

        // The referencing project generates its own catalog in another namespace: the team rows reordered, one inserted.
        var app = TestProject.Create().WithProperty("SparkAdsNamespace", "Acme.App").WithReference(TestReferences.Image(library))
            .WithCatalog("/team/errors.csv", Header + CreativeRejected + Inserted + AudienceTooSmall + BudgetTooLow)
            .RunGenerator().OutputCompilation;
        var referenced = Values(app.GetTypeByMetadataName("Acme.Library.SparkAdsError")!);
        var own = Values(app.GetTypeByMetadataName("Acme.App.SparkAdsError")!).ToDictionary(StringComparer.Ordinal);

        Assert.Empty(app.GetTypeByMetadataName("Acme.Library.SparkAdsError")!.DeclaringSyntaxReferences);
        Assert.Equal(21, referenced.Count);
        Assert.All(referenced, pair => Assert.Equal(KeyValuePair.Create(pair.Key, own[pair.Key]), pair));
    }

    private static List<KeyValuePair<string, long>> Values(TestProject project)
        => Values(project.RunGenerator().OutputCompilation.GetTypeByMetadataName("SparkAds.SparkAdsError")!);

    /// <summary>Each member's key (from <c>SparkAdsErrorKeys</c>) and value, in declaration order.</summary>
    private static List<KeyValuePair<string, long>> Values(INamedTypeSymbol errorEnum)
    {
        var keys = errorEnum.ContainingNamespace.GetTypeMembers("SparkAdsErrorKeys").Single();
        return [.. errorEnum.GetMembers().OfType<IFieldSymbol>()
            .Where(static f => f is { HasConstantValue: true, Name: not "Unknown" })
            .Select(f => KeyValuePair.Create((string)keys.GetMembers(f.Name).OfType<IFieldSymbol>().Single().ConstantValue!, Convert.ToInt64(f.ConstantValue, CultureInfo.InvariantCulture)))];
    }
}
