using Microsoft.CodeAnalysis.Testing;

namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>
/// Test source with marked spans, read by Microsoft.CodeAnalysis.Testing's <see cref="TestFileMarkupParser"/>:
/// <c>[|text|]</c> is span 0, <c>{|#n:text|}</c> is span n, and <c>{|ID:text|}</c> declares a diagnostic with that ID at
/// exactly that span (<c>{|SPARK001:switch|}</c>, <c>{|CS0103:name|}</c>). Markers nest; <c>$$</c> is code. What this
/// adds to the framework's reading: span 0 may be written either way but only once, a numbered span only once, and the
/// diagnostics come in the order their markers open (by position; at one position the outer first), which is the
/// order <see cref="ExpectedDiagnostic.Marked"/> messages are given in.
/// </summary>
public sealed class Markup
{
    private Markup(string code, IReadOnlyDictionary<int, TextSpan> spans, ImmutableArray<MarkedDiagnostic> diagnostics)
    {
        Code = code;
        Spans = spans;
        Diagnostics = diagnostics;
    }

    public string Code { get; }

    public IReadOnlyDictionary<int, TextSpan> Spans { get; }

    /// <summary>The diagnostics declared with <c>{|ID:…|}</c>, in the order their markers open.</summary>
    public ImmutableArray<MarkedDiagnostic> Diagnostics { get; }

    public static Markup Parse(string markup)
    {
        TestFileMarkupParser.GetSpans(markup, treatPositionIndicatorsAsCode: true, out var code, out ImmutableDictionary<string, ImmutableArray<TextSpan>> named);
        var spans = new Dictionary<int, TextSpan>();
        var diagnostics = new List<MarkedDiagnostic>();
        foreach (var (name, found) in named)
        {
            if (name.Length == 0 || name.StartsWith('#'))
            {
                var number = name.Length == 0 ? 0 : int.Parse(name.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture);
                if (found.Length != 1 || !spans.TryAdd(number, found[0]))
                {
                    throw new ArgumentException($"Markup declares span #{number} more than once.", nameof(markup));
                }
            }
            else
            {
                diagnostics.AddRange(found.Select(span => new MarkedDiagnostic(name, span)));
            }
        }

        return new Markup(code, spans, [.. diagnostics.OrderBy(d => d.Span.Start).ThenByDescending(d => d.Span.End).ThenBy(d => d.Id, StringComparer.Ordinal)]);
    }
}
