namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>The markup parser: every form Microsoft.CodeAnalysis.Testing reads, and a clear error for every malformed one.</summary>
public sealed class MarkupTests
{
    [Fact]
    public void PlainAndNumberedSpans_AreRemovedAndPointIntoTheCleanText()
    {
        var markup = Markup.Parse("a [|bc|] d {|#3:ef|}");

        Assert.Equal("a bc d ef", markup.Code);
        Assert.Equal(new TextSpan(2, 2), markup.Spans[0]);
        Assert.Equal(new TextSpan(7, 2), markup.Spans[3]);
        Assert.Empty(markup.Diagnostics);
    }

    [Fact]
    public void DiagnosticMarkers_DeclareTheirIdAndExactSpan()
    {
        var markup = Markup.Parse("x = {|CS0103:y|};\n{|SPARK001:switch|} (e)");

        Assert.Equal("x = y;\nswitch (e)", markup.Code);
        Assert.Equal([new MarkedDiagnostic("CS0103", new TextSpan(4, 1)), new MarkedDiagnostic("SPARK001", new TextSpan(7, 6))], markup.Diagnostics.ToArray());
        Assert.Empty(markup.Spans);
    }

    [Fact]
    public void NestedMarkers_EachKeepsItsSpan_DiagnosticsInTheOrderTheyOpen()
    {
        var markup = Markup.Parse("{|#1:a{|SPARK002:b{|SPARK001:c[|d|]|}|}|}");

        Assert.Equal("abcd", markup.Code);
        Assert.Equal(new TextSpan(0, 4), markup.Spans[1]);
        Assert.Equal(new TextSpan(3, 1), markup.Spans[0]);
        Assert.Equal([new MarkedDiagnostic("SPARK002", new TextSpan(1, 3)), new MarkedDiagnostic("SPARK001", new TextSpan(2, 2))], markup.Diagnostics.ToArray());
    }

    [Fact]
    public void AdjacentMarkers_TouchWithoutOverlapping()
    {
        var markup = Markup.Parse("{|SPARK001:ab|}{|SPARK001:cd|}[|e|]");

        Assert.Equal("abcde", markup.Code);
        Assert.Equal([new MarkedDiagnostic("SPARK001", new TextSpan(0, 2)), new MarkedDiagnostic("SPARK001", new TextSpan(2, 2))], markup.Diagnostics.ToArray());
        Assert.Equal(new TextSpan(4, 1), markup.Spans[0]);
    }

    [Fact]
    public void EmptyMarker_IsAnEmptySpan()
        => Assert.Equal([new MarkedDiagnostic("SPARK003", new TextSpan(1, 0))], Markup.Parse("a{|SPARK003:|}b").Diagnostics.ToArray());

    [Theory]
    [InlineData("a {|SPARK001:b", "Markup at (1,3): '{|SPARK001:' is never closed.")]
    [InlineData("x\n  [|y", "Markup at (2,3): '[|' is never closed.")]
    [InlineData("{|#0:a {|#1:b|}", "Markup at (1,1): '{|#0:' is never closed.")]
    [InlineData("a|}b", "Markup at (1,2): '|}' closes no open marker.")]
    [InlineData("a\nb|]", "Markup at (2,2): '|]' closes no open marker.")]
    [InlineData("[|a|}", "Markup at (1,4): '|}' cannot close '[|' opened at (1,1).")]
    [InlineData("{|SPARK001:a|]", "Markup at (1,13): '|]' cannot close '{|SPARK001:' opened at (1,1).")]
    [InlineData("[|a|] {|#0:b|}", "Markup at (1,7): span #0 is declared twice.")]
    public void MalformedMarkup_ThrowsNamingWhereAndWhat(string markup, string message)
        => Assert.Equal(message + " (Parameter 'markup')", Assert.Throws<ArgumentException>(() => Markup.Parse(markup)).Message);

    [Theory]
    [InlineData("{|SPARK 001:a|}")]
    [InlineData("x {|#one:a|}")]
    [InlineData("{|#:a|}")]
    [InlineData("{|1SPARK:a|}")]
    [InlineData("{|:a|}")]
    [InlineData("{|a|}")]
    [InlineData("new[] {|x|} {y: 1}")]
    public void UnknownMarkerForm_Throws(string markup)
    {
        var error = Assert.Throws<ArgumentException>(() => Markup.Parse(markup));

        Assert.StartsWith("Markup at (1,", error.Message, StringComparison.Ordinal);
        Assert.Contains("'{|' must start '{|#n:' (a numbered span) or '{|ID:' (a diagnostic such as {|SPARK001:…|})", error.Message, StringComparison.Ordinal);
    }
}
