namespace SparkAds.Analyzers.Tests.Generator;

/// <summary>
/// Retired rows as a consumer meets them: the compiler's own CS0618 (with the replacement) where the consumer
/// names a retired member or constant, none inside the generated code, and old keys that still parse.
/// </summary>
public sealed class RetiredKeyGenerationTests
{
    private const string TeamCatalog =
        "key,code,message,remedy,status,replaced_by\n"
        + "budget_too_low,7001,The budget is too low.,Raise the budget.,active,\n"
        + "budget_low,7001,The budget is low.,Raise the budget.,retired,budget_too_low\n"
        + "legacy_failure,,A legacy failure.,Retry.,retired,\n";

    private const string Usage = """
        namespace Consumer
        {
            public static class Usage
            {
                public static object[] Names() => new object[]
                {
                    SparkAds.SparkAdsError.BudgetLow,
                    SparkAds.SparkAdsErrorKeys.BudgetLow,
                    SparkAds.SparkAdsErrorCodes.BudgetLow,
                    SparkAds.SparkAdsError.LegacyFailure,
                    SparkAds.SparkAdsError.BudgetTooLow,
                };
            }
        }
        """;

    [Theory]
    [InlineData(TargetProfile.Net10Nullable)]
    [InlineData(TargetProfile.NetStandard20CSharp73)]
    public void UsesOfRetiredMembers_GiveCS0618NamingTheReplacement_AndTheGeneratedCodeGivesNone(TargetProfile target)
    {
        var result = TestProject.CreateWithoutBuiltInCatalog().WithTarget(target).WithCatalog("/team/errors.csv", TeamCatalog).WithSource(Usage).RunGenerator();

        Assert.Equal(
            [
                "CS0618 /src/Test0.cs(7,13): 'SparkAdsError.BudgetLow' is obsolete: 'The budget is low. Retired: use SparkAdsError.BudgetTooLow (key 'budget_too_low') instead.'",
                "CS0618 /src/Test0.cs(8,13): 'SparkAdsErrorKeys.BudgetLow' is obsolete: 'The budget is low. Retired: use SparkAdsErrorKeys.BudgetTooLow (key 'budget_too_low') instead.'",
                "CS0618 /src/Test0.cs(9,13): 'SparkAdsErrorCodes.BudgetLow' is obsolete: 'The budget is low. Retired: use SparkAdsErrorCodes.BudgetTooLow (key 'budget_too_low') instead.'",
                "CS0618 /src/Test0.cs(10,13): 'SparkAdsError.LegacyFailure' is obsolete: 'A legacy failure. Retired: TikTok no longer sends 'legacy_failure'.'",
            ],
            result.CompilationDiagnostics.Select(Describe));
        Assert.Equal(["GeneratorDiagnostics: 0"], ["GeneratorDiagnostics: " + result.GeneratorDiagnostics.Length.ToString(CultureInfo.InvariantCulture)]);
    }

    [Fact]
    public void RetiredMember_IsDocumentedAsRetiredWithItsReplacement()
    {
        var result = TestProject.CreateWithoutBuiltInCatalog().WithCatalog("/team/errors.csv", TeamCatalog).RunGenerator();

        Assert.Contains(
            "        /// <summary>The budget is low.</summary>\n"
            + "        /// <remarks>Retired: TikTok no longer sends it; use <see cref=\"SparkAdsError.BudgetTooLow\"/>. Key <c>budget_low</c>, code 7001. Remedy: Raise the budget.</remarks>\n"
            + "        [global::System.Obsolete(\"The budget is low. Retired: use SparkAdsError.BudgetTooLow (key 'budget_too_low') instead.\")]\n"
            + "        [SparkAdsErrorRemedyAttribute(\"Raise the budget.\")]\n"
            + "        BudgetLow = 27538737,\n",
            result.Sources["SparkAdsError.g.cs"],
            System.StringComparison.Ordinal);
        Assert.Contains(
            "        /// <remarks>Retired: TikTok no longer sends it. Key <c>legacy_failure</c>, code none. Remedy: Retry.</remarks>\n",
            result.Sources["SparkAdsError.g.cs"],
            System.StringComparison.Ordinal);
    }

    [Fact]
    public void RetiredKeys_StillParse_AndResolvePrefersTheActiveErrorOfASharedCode()
    {
        var result = TestProject.CreateWithoutBuiltInCatalog().WithCatalog("/team/errors.csv", TeamCatalog).RunGenerator();
        using var consumer = CompiledConsumer.Load(result);

        Assert.Equal((true, consumer.Error("BudgetLow")), consumer.TryParse("budget_low"));
        Assert.Equal((true, consumer.Error("LegacyFailure")), consumer.TryParse("LEGACY_FAILURE", ignoreCase: true));
        Assert.Equal(true, consumer.Invoke("SparkAdsErrorExtensions", "IsRetired", consumer.Error("BudgetLow")));
        Assert.Equal(false, consumer.Invoke("SparkAdsErrorExtensions", "IsRetired", consumer.Error("BudgetTooLow")));
        Assert.Equal(false, consumer.Invoke("SparkAdsErrorExtensions", "IsRetired", consumer.Error("Unknown")));
        Assert.Equal(consumer.Error("BudgetLow"), consumer.Invoke("SparkAdsErrors", "Resolve", "budget_low", 7001));
        Assert.Equal(consumer.Error("BudgetTooLow"), consumer.Invoke("SparkAdsErrors", "Resolve", "budget_lower", 7001));
        Assert.Equal(2, ((System.Collections.IList)consumer.Invoke("SparkAdsErrors", "FromCode", 7001)!).Count);
    }

    private static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return diagnostic.Id + " " + span.Path + "(" + (span.StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture) + ","
            + (span.StartLinePosition.Character + 1).ToString(CultureInfo.InvariantCulture) + "): " + diagnostic.GetMessage(CultureInfo.InvariantCulture);
    }
}
