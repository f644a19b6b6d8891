using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SparkAds.Analyzers.Catalog;

/// <summary>A value-equal place in a catalog file; becomes a <see cref="Location"/> only when a diagnostic is reported.</summary>
internal sealed record CatalogLocation(string Path, TextSpan Span, LinePositionSpan LineSpan)
{
    public int Line => LineSpan.Start.Line + 1;

    public int Column => LineSpan.Start.Character + 1;

    public Location ToLocation() => Location.Create(Path, Span, LineSpan);

    /// <summary>How a maintainer reads it in a message: <c>errors.csv(3,15)</c>, the form compilers print.</summary>
    public string ToDisplayString() => ToDisplayString(System.IO.Path.GetFileName(Path));

    /// <summary>
    /// As <see cref="ToDisplayString()"/>, seen from a diagnostic at <paramref name="reportedAt"/>: the full path
    /// when the two files differ but share a name, so "defined at errors.csv(3,1)" is never ambiguous.
    /// </summary>
    public string ToDisplayString(CatalogLocation reportedAt)
    {
        var name = System.IO.Path.GetFileName(Path);
        var sameName = string.Equals(name, System.IO.Path.GetFileName(reportedAt.Path), System.StringComparison.Ordinal);
        return ToDisplayString(sameName && !string.Equals(Path, reportedAt.Path, System.StringComparison.Ordinal) ? Path : name);
    }

    private string ToDisplayString(string file)
        => $"{file}({Line.ToString(System.Globalization.CultureInfo.InvariantCulture)},{Column.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
}
