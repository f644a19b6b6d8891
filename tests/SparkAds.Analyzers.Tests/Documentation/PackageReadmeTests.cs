using System.Text.RegularExpressions;

namespace SparkAds.Analyzers.Tests.Documentation;

/// <summary>
/// <c>PACKAGE.md</c> is what the NuGet gallery shows, read where the repository is not at hand: the README's sections for
/// users, the same text, with links into the repository made absolute; only the README's section about building from
/// source is left out.
/// </summary>
public sealed partial class PackageReadmeTests
{
    private const string Repository = "https://github.com/SparkAds/SparkAds.Analyzers/blob/main/";

    /// <summary>README sections for people who work on the repository, not for a package's users.</summary>
    private static readonly string[] RepositoryOnlySections = ["## Build from source"];

    private static readonly string Readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md")).ReplaceLineEndings("\n");

    private static readonly string PackageReadme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "src", "SparkAds.Analyzers.Package", "PACKAGE.md")).ReplaceLineEndings("\n");

    [Fact]
    public void PackageReadme_HasTheReadmesSectionsForUsers_InTheSameOrder()
        => Assert.Equal(
            Headings(Readme).Except(RepositoryOnlySections),
            Headings(PackageReadme));

    [Fact]
    public void PackageReadme_IsTheReadmeForUsers_WithRepositoryLinksMadeAbsolute()
    {
        var expected = ForTheGallery(Readme);

        Assert.True(expected == PackageReadme, "PACKAGE.md differs from the README's sections for users. It should read:\n" + expected);
    }

    [Theory]
    [InlineData("## Use it")]
    [InlineData("SparkAdsErrors.Resolve(notification.Key, notification.Code)")]
    [InlineData("| `SparkAdsErrors` | `All`, `FromCode(int)`")]
    [InlineData("The generated types live in your project's root namespace")]
    [InlineData("| `key` | yes |")]
    [InlineData("| `replaced_by` | no |")]
    [InlineData("| `name:bool`, `name:int`, `name:text` | no |")]
    [InlineData("| [SPARK001](" + Repository + "docs/rules/SPARK001.md) |")]
    [InlineData("dotnet format analyzers --diagnostics SPARK005 SPARK006 SPARK007")]
    [InlineData("Reference it in **every project that handles Spark errors**")]
    public void PackageReadme_CarriesWhatAGalleryReaderNeedsOffline(string text)
        => Assert.Contains(text, PackageReadme, StringComparison.Ordinal);

    /// <summary>The README without its repository-only sections, each relative link pointing into the repository on GitHub.</summary>
    internal static string ForTheGallery(string readme)
    {
        var kept = new List<string>();
        var skipping = false;
        foreach (var line in readme.Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                skipping = RepositoryOnlySections.Contains(line);
            }

            if (!skipping)
            {
                kept.Add(line);
            }
        }

        var text = string.Join('\n', kept).TrimEnd('\n') + "\n";
        return RelativeLink().Replace(text, match => "](" + Repository + match.Groups["target"].Value + ")");
    }

    private static IEnumerable<string> Headings(string markdown)
        => markdown.Split('\n').Where(line => line.StartsWith("## ", StringComparison.Ordinal));

    /// <summary>A markdown link target that is neither absolute nor an anchor of the same page.</summary>
    [GeneratedRegex(@"\]\((?<target>(?!https?:|#|mailto:)[^)\s]+)\)")]
    private static partial Regex RelativeLink();
}
