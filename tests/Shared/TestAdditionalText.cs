using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SparkAds.Analyzers.Tests.Shared;

/// <summary>An in-memory AdditionalFile. A null text stands for a file the build lists but cannot read.</summary>
public sealed class TestAdditionalText(string path, SourceText? text) : AdditionalText
{
    public TestAdditionalText(string path, string? content)
        : this(path, content is null ? null : SourceText.From(content))
    {
    }

    public override string Path { get; } = path;

    public override SourceText? GetText(CancellationToken cancellationToken = default) => text;
}
