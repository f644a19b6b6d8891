namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>
/// Markup as the verifiers read it through Microsoft.CodeAnalysis.Testing's parser: every form the framework reads, span 0
/// and numbered spans declared once, the diagnostics in the order their markers open, <c>$$</c> as code, and an error for
/// unbalanced markup.
/// </summary>
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
    [InlineData("a {|SPARK001:b")]
    [InlineData("x\n  [|y")]
    [InlineData("{|#0:a {|#1:b|}")]
    [InlineData("a|}b")]
    [InlineData("a\nb|]")]
    [InlineData("{|a|}")]
    [InlineData("new[] {|x|} {y: 1}")]
    public void UnbalancedMarkup_Throws(string markup)
        => Assert.Throws<ArgumentException>(() => Markup.Parse(markup));

    [Theory]
    [InlineData("[|a|] {|#0:b|}")]
    [InlineData("[|a|] [|b|]")]
    public void NumberedSpanDeclaredTwice_Throws(string markup)
        => Assert.Equal("Markup declares span #0 more than once. (Parameter 'markup')", Assert.Throws<ArgumentException>(() => Markup.Parse(markup)).Message);

    [Fact]
    public void PositionIndicator_IsCode()
        => Assert.Equal("$$\"\"\"{{x}}\"\"\"", Markup.Parse("$$\"\"\"{{x}}\"\"\"").Code);
}
