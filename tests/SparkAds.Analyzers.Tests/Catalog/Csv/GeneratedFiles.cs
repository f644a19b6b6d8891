namespace SparkAds.Analyzers.Tests.Catalog.Csv;

/// <summary>The generated files of a run as the compiler writes them (EmitCompilerGeneratedFiles): hint name to bytes.</summary>
internal static class GeneratedFiles
{
    public static Dictionary<string, byte[]> Bytes(GeneratorResult result)
        => result.Run.Results.SelectMany(r => r.GeneratedSources)
            .ToDictionary(s => s.HintName, s => s.SourceText.Encoding!.GetBytes(s.SourceText.ToString()), StringComparer.Ordinal);

    /// <summary>Fails unless both runs generated the same files, byte for byte.</summary>
    public static void AssertIdentical(GeneratorResult expected, GeneratorResult actual, string what)
    {
        var expectedFiles = Bytes(expected);
        var actualFiles = Bytes(actual);
        Assert.Equal(expectedFiles.Keys.Order(StringComparer.Ordinal), actualFiles.Keys.Order(StringComparer.Ordinal));
        Assert.All(expectedFiles, file => Assert.True(file.Value.AsSpan().SequenceEqual(actualFiles[file.Key]), what + ": " + file.Key + " differs"));
    }
}
