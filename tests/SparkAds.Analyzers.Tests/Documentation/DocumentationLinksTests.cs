using System.Text.RegularExpressions;

namespace SparkAds.Analyzers.Tests.Documentation;

/// <summary>
/// Every link of the docs into the repository (relative, or to the repository on GitHub as the package page writes
/// them) points at a file or folder that exists, and its <c>#anchor</c> at a heading of that page.
/// </summary>
public sealed partial class DocumentationLinksTests
{
    private const string RepositoryOnGitHub = "https://github.com/SparkAds/SparkAds.Analyzers/blob/main/";

    public static TheoryData<string> Pages()
    {
        var root = TestPaths.RepositoryRoot;
        var pages = new[] { "README.md", "CONTRIBUTING.md", Path.Combine("catalog", "README.md"), Path.Combine("samples", "README.md"), Path.Combine("src", "SparkAds.Analyzers.Package", "PACKAGE.md") }
            .Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(root, p)));
        return [.. pages.Order(StringComparer.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void EveryLinkIntoTheRepository_PointsAtAFileOrFolderAndHeadingThatExist(string page)
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, page);
        var broken = new List<string>();
        foreach (Match link in Link().Matches(File.ReadAllText(path)))
        {
            var target = link.Groups["target"].Value;
            if (target.StartsWith("http", StringComparison.Ordinal) && !target.StartsWith(RepositoryOnGitHub, StringComparison.Ordinal))
            {
                continue;
            }

            var (file, anchor) = Split(target.StartsWith(RepositoryOnGitHub, StringComparison.Ordinal)
                ? Path.Combine(TestPaths.RepositoryRoot, target[RepositoryOnGitHub.Length..])
                : target);
            var resolved = file.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, file));
            if (!File.Exists(resolved) && !Directory.Exists(resolved))
            {
                broken.Add(target + " (no such file or folder)");
            }
            else if (anchor is not null && (!File.Exists(resolved) || !Anchors(resolved).Contains(anchor)))
            {
                broken.Add(target + " (no such heading)");
            }
        }

        Assert.Empty(broken);
    }

    private static (string File, string? Anchor) Split(string target)
    {
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (target, null) : (target[..hash], target[(hash + 1)..]);
    }

    /// <summary>The anchors GitHub gives a page's headings: lower case, punctuation but <c>-</c> and <c>_</c> dropped, spaces as <c>-</c>.</summary>
    private static HashSet<string> Anchors(string page)
        => [.. File.ReadLines(page)
            .Where(line => line.StartsWith('#'))
            .Select(line => line.TrimStart('#').Trim().ToLowerInvariant())
            .Select(heading => string.Concat(heading.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_')).Replace(' ', '-'))];

    /// <summary>A markdown link's target, outside inline code.</summary>
    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();
}
