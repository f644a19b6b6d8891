using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Catalog.Csv;

namespace SparkAds.Analyzers.Tests.Catalog;

/// <summary>The built-in catalog is a faithful transcription of TikTok's error table (the seed document).</summary>
public sealed class BuiltInCatalogTests
{
    private static readonly ParsedCatalogFile Catalog = CatalogParser.Parse(
        TestPaths.BuiltInCatalog, SourceText.From(File.ReadAllText(TestPaths.BuiltInCatalog)), isBuiltIn: true, CancellationToken.None);

    [Fact]
    public void BuiltInCatalog_HasTheSeedTablesKeysCodesAndKindsInOrder()
    {
        Assert.Empty(Catalog.Faults);
        Assert.Equal(
            [
                "video_unavailable 4002 User", "video_deleted 4002 User", "auth_code_not_found - User",
                "auth_code_format_error 4013 User", "call_rpc_fail -500 System", "call_db_fail -500 System",
                "mention_multiple_videos 930002 User", "illegal_item_status_error 900012 User",
                "story_video_not_supported 4027 User", "carousel_duet_not_supported 4042 User",
                "auth_code_expired 4025 User", "multi_duet_stitch_refused 900003 User",
                "duet_stitch_region_limit 900003 User", "user_permission_missing - User", "not_public_video - User",
                "anchors_status_error 900011 User", "calculate_intersection_time_error 900010 User", "auth_code_error - User",
            ],
            Catalog.Entries.Select(e => $"{e.Key} {e.Code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} {e.Kind}"));
    }

    [Fact]
    public void BuiltInCatalog_MessagesAndRemediesAreTheSeedsLinesVerbatim()
    {
        var seed = Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "..", "shared", "seeds"), "000_*.txt").Single();
        var lines = File.ReadAllLines(seed).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

        foreach (var entry in Catalog.Entries)
        {
            // In the table a row reads: code and key(s), then the message line, then the remedy line.
            var keyLine = lines.FindIndex(l => l.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Contains(entry.Key));
            Assert.True(keyLine >= 0, $"{entry.Key} is not in the seed.");
            Assert.Equal(lines[keyLine + 1], entry.Message);
            Assert.Equal(lines[keyLine + 2], entry.Remedy);
        }
    }
}
