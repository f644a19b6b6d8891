using System.Text.RegularExpressions;

namespace SparkAds.Analyzers.Tests.Catalog;

/// <summary>Runs the generator over team catalogs and reads back what a catalog maintainer cares about.</summary>
internal static partial class CatalogRun
{
    public const string TeamPath = "/team/errors.csv";

    /// <summary>The generator over one team catalog (no built-in catalog), as a net10.0 consumer.</summary>
    public static GeneratorResult Generate(string? csv, TestProject? project = null)
        => (project ?? TestProject.CreateWithoutBuiltInCatalog()).WithCatalog(TeamPath, csv).RunGenerator();

    /// <summary>The generator's diagnostics as <c>ID path(line,col): message</c>, in file order.</summary>
    public static string[] Faults(GeneratorResult result)
        => [.. result.GeneratorDiagnostics.Select(ExpectedDiagnostic.FormatStart)];

    /// <summary>An expected diagnostic at a catalog cell, formatted as <see cref="Faults"/> formats actual ones.</summary>
    public static string At(int line, int column, string id, string message, string path = TeamPath)
        => ExpectedDiagnostic.InFile(path, line, column, id, message).Format(Markup.Parse(string.Empty), string.Empty);

    /// <summary>The generated enum's members in order, Unknown first.</summary>
    public static string[] Members(GeneratorResult result)
        => [.. MemberLine().Matches(result.Sources["SparkAdsError.g.cs"]).Select(m => m.Groups[1].Value)];

    /// <summary>Compiler warnings and errors of the consumer with the generated code (none expected).</summary>
    public static List<string> CompilerProblems(GeneratorResult result)
        => [.. result.CompilationDiagnostics.Select(ExpectedDiagnostic.Format)];

    /// <summary>
    /// What a fault test checks of a run: exactly <paramref name="faults"/> (each made with <see cref="At"/>), exactly
    /// <paramref name="members"/> in the generated enum, in order, and a consumer that compiles with the generated code.
    /// </summary>
    public static void AssertOutcome(GeneratorResult result, string[] faults, string[] members)
    {
        Assert.Equal(faults, Faults(result));
        Assert.Equal(members, Members(result));
        Assert.Empty(CompilerProblems(result));
    }

    [GeneratedRegex(@"^\s+(\w+) = \d+,$", RegexOptions.Multiline)]
    private static partial Regex MemberLine();
}
