using static SparkAds.Analyzers.Tests.Catalog.CatalogRun;

namespace SparkAds.Analyzers.Tests.Catalog;

/// <summary>
/// Texts with quotes, escapes, line breaks, comment and XML terminators, format strings, emoji and bidi
/// controls: the generated code compiles warning-free, shows none of them raw, and gives them back exactly (line
/// breaks as <c>\n</c>, whether written LF, CRLF or CR).
/// </summary>
public sealed class HostileTextTests
{
    [Fact]
    public void HostileTexts_RoundTripByteForByte_ThroughACompiledConsumer()
    {
        var result = Generate(HostileCatalog.Csv());
        Assert.Empty(Faults(result));

        using var consumer = CompiledConsumer.Load(result);
        for (var i = 0; i < HostileCatalog.Texts.Length; i++)
        {
            var error = consumer.Error("Hostile" + i.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(LineFeeds(HostileCatalog.Texts[i]), consumer.Invoke("SparkAdsErrorExtensions", "GetMessage", error));
            Assert.Equal(LineFeeds(HostileCatalog.Remedy(i)), consumer.Invoke("SparkAdsErrorExtensions", "GetRemedy", error));
            Assert.Equal(i, consumer.Invoke("SparkAdsErrorExtensions", "GetCode", error));
        }
    }

    [Theory]
    [InlineData(TargetProfile.NetStandard20CSharp73)]
    [InlineData(TargetProfile.Net10Nullable)]
    public void HostileCatalog_CompilesWithoutWarnings(TargetProfile target)
    {
        var result = Generate(HostileCatalog.Csv(), TestProject.CreateWithoutBuiltInCatalog().WithTarget(target).WithSource(CompatibilityUsage.Code));

        Assert.Empty(Faults(result));
        Assert.Equal(["Unknown", .. HostileCatalog.MemberNames()], Members(result));
        Assert.Empty(CompilerProblems(result));
    }

    [Fact]
    public void GeneratedSource_HoldsNoInvisibleOrLineBreakingCharacter()
    {
        var result = Generate(HostileCatalog.Csv());

        foreach (var (hintName, source) in result.Sources)
        {
            var offenders = source
                .Select((c, i) => (Char: c, Index: i))
                .Where(x => x.Char != '\n' && x.Char < 0xD800 | x.Char > 0xDFFF && char.GetUnicodeCategory(x.Char) is UnicodeCategory.Control or UnicodeCategory.Format
                            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator && x.Char != ' ')
                .Select(x => $"U+{(int)x.Char:X4} at {x.Index}")
                .ToList();
            Assert.True(offenders.Count == 0, hintName + ": " + string.Join(", ", offenders));
        }
    }

    [Fact]
    public void HostileTexts_AreEscapedInTheXmlDocs()
    {
        var result = Generate(HostileCatalog.Csv());
        var enumSource = result.Sources["SparkAdsError.g.cs"];

        Assert.Contains("/// <summary>Ends the comment */ and the doc &lt;/summary&gt; &lt;remarks&gt;&amp;amp; &amp; &lt; &gt; ]]&gt;</summary>", enumSource, System.StringComparison.Ordinal);
        Assert.Contains("/// <summary>Right-to-left &#x202E;override&#x202C; and isolate &#x2067;x&#x2069; and mark &#x200F;</summary>", enumSource, System.StringComparison.Ordinal);
        Assert.Contains("Line one<br/>\n        /// line two<br/>\n        /// line three<br/>\n        /// line four\n", enumSource, System.StringComparison.Ordinal);
    }

    private static string LineFeeds(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
