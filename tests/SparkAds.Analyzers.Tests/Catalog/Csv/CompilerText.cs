using System.Reflection;
using System.Text;

namespace SparkAds.Analyzers.Tests.Catalog.Csv;

/// <summary>
/// An AdditionalFile's text as the C# compiler hands it to generators and analyzers, which never see its bytes.
/// </summary>
internal static class CompilerText
{
    /// <summary>
    /// The compiler's own decoding of a file (<c>Microsoft.CodeAnalysis.Text.EncodedStringText.Create</c>, internal,
    /// called by reflection, as <c>csc</c> reads AdditionalFiles without <c>/codepage</c>): the encoding of a
    /// byte-order mark; else UTF-8 when the bytes are valid UTF-8; else the host's fallback, which is Windows-1252 on
    /// Windows and, elsewhere, UTF-8 with U+FFFD for each invalid sequence.
    /// </summary>
    public static SourceText AsTheCompilerReads(byte[] bytes)
    {
        var type = typeof(SourceText).Assembly.GetType("Microsoft.CodeAnalysis.Text.EncodedStringText", throwOnError: true)!;
        var create = type.GetMethod("Create", BindingFlags.Static | BindingFlags.NonPublic, [typeof(Stream), typeof(Encoding), typeof(SourceHashAlgorithm), typeof(bool)])
            ?? throw new InvalidOperationException("Roslyn no longer has EncodedStringText.Create(Stream, Encoding, SourceHashAlgorithm, bool): find how the compiler decodes files now.");
        using var stream = new MemoryStream(bytes);
        return (SourceText)create.Invoke(null, [stream, null, SourceHashAlgorithm.Sha256, false])!;
    }

    /// <summary>The decoding of the compiler on Linux and macOS: a byte-order mark's encoding, else UTF-8, invalid bytes as U+FFFD.</summary>
    public static SourceText AsUtf8(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return SourceText.From(stream);
    }

    /// <summary>The decoding of the compiler on Windows for a file that is not valid UTF-8: the ANSI code page, Windows-1252.</summary>
    public static SourceText AsWindows1252(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return SourceText.From(stream, CodePagesEncodingProvider.Instance.GetEncoding(1252));
    }
}
