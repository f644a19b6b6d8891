using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Catalog.Csv;
using static SparkAds.Analyzers.Tests.Catalog.CatalogRun;

namespace SparkAds.Analyzers.Tests.Catalog;

/// <summary>
/// The <c>status</c> and <c>replaced_by</c> columns: exact faults at the cell (SPARK113–SPARK116), rows kept,
/// replacements resolved across catalogs and through chains of retired keys.
/// </summary>
public sealed class RetiredKeyFaultTests
{
    private const string Catalog =
        "key,code,message,remedy,status,replaced_by\n"
        + "new_key,1,New.,Fix.,active,\n"
        + "old_key,2,Old.,Fix.,retired,new_key\n"
        + "typo_status,3,T.,Fix.,retird,\n"
        + "gone_key,4,G.,Fix.,retired,missing_key\n"
        + "loop_a,5,A.,Fix.,retired,loop_b\n"
        + "loop_b,6,B.,Fix.,retired,loop_a\n"
        + "into_loop,7,I.,Fix.,retired,loop_a\n"
        + "active_with,8,W.,Fix.,active,new_key\n"
        + "dead_end,9,D.,Fix.,retired,\n"
        + "to_dead_end,10,E.,Fix.,retired,dead_end\n"
        + "chain_start,11,C.,Fix.,Retired,old_key\n";

    [Fact]
    public void StatusAndReplacementFaults_AreReportedAtTheirCells_AndEveryRowIsKept()
        => AssertOutcome(
            Generate(Catalog),
            [
                At(4, 23, "SPARK113", "Unknown status 'retird': use 'active' or 'retired'; the row is kept as 'active'"),
                At(5, 28, "SPARK114", "Key 'gone_key' is replaced by 'missing_key', which leads to no active key: no catalog defines 'missing_key'; the row is generated retired, without a replacement"),
                At(6, 26, "SPARK115", "The replacement chain of 'loop_a' loops (loop_a -> loop_b -> loop_a); the row is generated retired, without a replacement"),
                At(7, 26, "SPARK115", "The replacement chain of 'loop_b' loops (loop_b -> loop_a -> loop_b); the row is generated retired, without a replacement"),
                At(9, 30, "SPARK116", "Key 'active_with' is active, so its replaced_by 'new_key' is ignored: set its status to 'retired', or clear the cell"),
                At(11, 32, "SPARK114", "Key 'to_dead_end' is replaced by 'dead_end', which leads to no active key: 'dead_end' is retired and names no replacement; the row is generated retired, without a replacement"),
            ],
            ["Unknown", "NewKey", "OldKey", "TypoStatus", "GoneKey", "LoopA", "LoopB", "IntoLoop", "ActiveWith", "DeadEnd", "ToDeadEnd", "ChainStart"]);

    [Fact]
    public void Merge_GivesEachRetiredErrorTheActiveKeyAtTheEndOfItsChain()
    {
        var parsed = CatalogParser.Parse(TeamPath, SourceText.From(Catalog), isBuiltIn: false, CancellationToken.None);
        var errors = CatalogMerger.Merge([parsed]).Errors.ToDictionary(e => e.Key);

        Assert.Equal((false, null), (errors["new_key"].IsRetired, errors["new_key"].ReplacedBy));
        Assert.Equal((true, "new_key"), (errors["old_key"].IsRetired, errors["old_key"].ReplacedBy));
        Assert.Equal((true, "new_key"), (errors["chain_start"].IsRetired, errors["chain_start"].ReplacedBy));
        Assert.Equal((false, null), (errors["typo_status"].IsRetired, errors["typo_status"].ReplacedBy));
        Assert.Equal((false, null), (errors["active_with"].IsRetired, errors["active_with"].ReplacedBy));
        foreach (var broken in new[] { "gone_key", "loop_a", "loop_b", "into_loop", "dead_end", "to_dead_end" })
        {
            Assert.Equal((true, null), (errors[broken].IsRetired, errors[broken].ReplacedBy));
        }
    }

    [Fact]
    public void Merge_TwiceOverTheSameText_GivesEqualDefinitions()
    {
        // Value equality is what keeps the generator's emit step cached.
        var first = CatalogMerger.Merge([CatalogParser.Parse(TeamPath, SourceText.From(Catalog), false, CancellationToken.None)]);
        var second = CatalogMerger.Merge([CatalogParser.Parse(TeamPath, SourceText.From(Catalog), false, CancellationToken.None)]);

        Assert.Equal(first, second);
        Assert.NotEqual(first.Errors[1] with { IsRetired = false }, first.Errors[1]);
        Assert.NotEqual(first.Errors[1] with { ReplacedBy = "other" }, first.Errors[1]);
    }

    [Fact]
    public void ReplacementInTheBuiltInCatalog_IsFoundFromATeamCatalog()
    {
        var result = Generate("key,message,remedy,status,replaced_by\nold_auth_code_expired,Old.,Fix.,retired,auth_code_expired\n", TestProject.Create());

        Assert.Empty(Faults(result));
        Assert.Contains("[global::System.Obsolete(\"Old. Retired: use SparkAdsError.AuthCodeExpired (key 'auth_code_expired') instead.\")]\n        [SparkAdsErrorRemedyAttribute(\"Fix.\")]\n        OldAuthCodeExpired = 134926965,", result.Sources["SparkAdsError.g.cs"], System.StringComparison.Ordinal);
        Assert.Empty(CompilerProblems(result));
    }

    [Fact]
    public void WhitespaceAroundStatusAndReplacement_IsTrimmedWithSpark109()
    {
        var result = Generate("key,message,remedy,status,replaced_by\nnew_key,N.,F.,,\nold_key,O.,F., retired ,new_key \n");

        Assert.Equal(
            [
                At(3, 15, "SPARK109", "Whitespace around the status 'retired' was trimmed"),
                At(3, 25, "SPARK109", "Whitespace around the replaced_by 'new_key' was trimmed"),
            ],
            Faults(result));
        Assert.Contains("[global::System.Obsolete(\"O. Retired: use SparkAdsError.NewKey (key 'new_key') instead.\")]", result.Sources["SparkAdsError.g.cs"], System.StringComparison.Ordinal);
    }

    [Fact]
    public void StatusAndReplacedByColumnsNamedTwice_ReportSpark111()
    {
        var result = Generate("key,message,remedy,Status,status\nk,M.,R.,active,active\n");

        Assert.Equal([At(1, 27, "SPARK111", "The catalog's header names the 'status' column again (first at errors.csv(1,20)); no row of this file is generated")], Faults(result));
    }
}
